/* double variant of impl_weights.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_weights.h"
