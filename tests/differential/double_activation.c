/* double variant of impl_activation.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_activation.h"
