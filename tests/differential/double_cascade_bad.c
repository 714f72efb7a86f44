/* double variant of impl_cascade_bad.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_cascade_bad.h"
