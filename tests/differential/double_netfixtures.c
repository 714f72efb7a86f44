/* double variant of impl_netfixtures.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_netfixtures.h"
