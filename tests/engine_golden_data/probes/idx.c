#include <stdio.h>
#include "doublefann.h"
int main(){ struct fann*a=fann_create_standard(3,2,3,1); fann_set_error_log((struct fann_error*)a,stdout);
#define T(expr) { int r=(int)(expr); int e=fann_get_errno((struct fann_error*)a); printf("%-45s -> %d errno=%d msg=%s", #expr, r, e, "\n"); fann_reset_errno((struct fann_error*)a);}
 T(fann_get_activation_function(a,0,0)) T(fann_get_activation_function(a,3,0)) T(fann_get_activation_function(a,1,4)) T(fann_get_activation_function(a,1,3)) T(fann_get_activation_function(a,2,1)) T(fann_get_activation_function(a,2,2)) T(fann_get_activation_function(a,-1,0))
 fann_set_activation_function_layer(a,5,0); {int e=fann_get_errno((struct fann_error*)a); printf("set_layer 0 errno=%d %s",e,fann_get_errstr((struct fann_error*)a));}
 struct fann*b=fann_create_standard(1,5); printf("create 1 layer -> %p\n",(void*)b);
 return 0;}
