/* double variant of impl_netfile_errors.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_netfile_errors.h"
