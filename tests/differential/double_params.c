/* double variant of impl_params.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_params.h"
