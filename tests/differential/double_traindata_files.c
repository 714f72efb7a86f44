/* double variant of impl_traindata_files.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_traindata_files.h"
