/* double variant of impl_print.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_print.h"
