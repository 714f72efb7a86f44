/* double variant of impl_errors.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_errors.h"
