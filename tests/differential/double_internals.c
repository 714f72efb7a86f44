/* double variant of impl_internals.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_internals.h"
