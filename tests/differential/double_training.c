/* double variant of impl_training.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_training.h"
