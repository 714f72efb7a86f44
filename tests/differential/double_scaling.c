/* double variant of impl_scaling.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_scaling.h"
