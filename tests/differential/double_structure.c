/* double variant of impl_structure.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_structure.h"
