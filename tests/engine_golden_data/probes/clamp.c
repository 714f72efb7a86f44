#include <stdio.h>
#include "doublefann.h"
int main(){ struct fann*a=fann_create_standard(3,2,3,1);
 for(int i=0;i<13;i++) a->weights[i]=1000; fann_set_activation_function_hidden(a,0); fann_set_activation_function_output(a,0);
 fann_set_activation_steepness_hidden(a,0.5); fann_set_activation_steepness_output(a,0.5);
 fann_type in[2]={1,1}; printf("%.17g\n",fann_run(a,in)[0]);
 for(int i=9;i<13;i++) a->weights[i]=-1000; printf("%.17g %.17g\n",fann_run(a,in)[0], a->first_layer[1].first_neuron->value); }
