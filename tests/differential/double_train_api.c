/* double variant of impl_train_api.h */
#include "common.h"
#include <doublefann.h>
#include "fann_dump.h"
#include "impl_train_api.h"
