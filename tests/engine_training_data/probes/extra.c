/* Extra probe: stop test, algorithm switching, fann_train accumulation (Debian FANN 2.2.0). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <math.h>
#ifdef USE_DOUBLE
#include "doublefann.h"
#define FMT "%.17g"
#else
#include "floatfann.h"
#define FMT "%.9g"
#endif
#include "fann_internal.h"
static const double W0[13]={0.15,-0.25,0.35,0.45,0.55,-0.65,-0.75,0.85,0.05,0.5,-0.6,0.7,-0.1};
static struct fann *w0(void){
  struct fann *a=fann_create_standard(3,2,3,1);
  for(int i=0;i<13;i++) a->weights[i]=(fann_type)W0[i];
  fann_set_activation_function_hidden(a,FANN_SIGMOID_SYMMETRIC); fann_set_activation_function_output(a,FANN_SIGMOID_SYMMETRIC);
  fann_set_activation_steepness_hidden(a,0.5); fann_set_activation_steepness_output(a,0.5);
  return a;
}
static struct fann_train_data *xor(void){
  struct fann_train_data *d=fann_create_train(4,2,1);
  double p[4][3]={{-1,-1,-1},{-1,1,1},{1,-1,1},{1,1,-1}};
  for(int i=0;i<4;i++){d->input[i][0]=p[i][0];d->input[i][1]=p[i][1];d->output[i][0]=p[i][2];}
  return d;
}
static void pw(const char *tag, fann_type *v, unsigned n){
  printf("%s", tag); for(unsigned i=0;i<n;i++) printf(" " FMT, (double)v[i]); printf("\n");
}
int main(void){
  struct fann *a=w0(); struct fann_train_data *d=xor();
  /* stop test */
  float vals[]={-5e9f,-1.0f,-0.5f,0.0f,0.5f,0.99f,1.0f,1.5f,2.0f,4294967296.0f,5e9f,NAN,INFINITY};
  fann_set_train_stop_function(a,FANN_STOPFUNC_BIT);
  for(unsigned nb=0;nb<3;nb++){
    a->num_bit_fail=nb;
    printf("bit nb=%u:",nb); for(unsigned i=0;i<sizeof vals/sizeof *vals;i++) printf(" %d", fann_desired_error_reached(a,vals[i])); printf("\n");
  }
  a->num_bit_fail=7;
  printf("bit nb=7:"); for(unsigned i=0;i<sizeof vals/sizeof *vals;i++) printf(" %d", fann_desired_error_reached(a,vals[i])); printf("\n");
  fann_set_train_stop_function(a,FANN_STOPFUNC_MSE);
  a->MSE_value=1.0f; a->num_MSE=4;
  float mv[]={0.25f,nextafterf(0.25f,0),nextafterf(0.25f,1),0.0f,NAN};
  printf("mse 0.25:"); for(unsigned i=0;i<5;i++) printf(" %d", fann_desired_error_reached(a,mv[i])); printf("\n");
  a->MSE_value=0; a->num_MSE=0;
  printf("mse none:"); for(unsigned i=0;i<5;i++) printf(" %d", fann_desired_error_reached(a,mv[i])); printf("\n");
  fann_destroy(a);
  /* algorithm switching: 3 epochs of A then 3 of B */
  int sw[][2]={{3,2},{2,3},{2,4},{4,2},{1,2},{0,1},{0,2}};
  for(unsigned k=0;k<sizeof sw/sizeof *sw;k++){
    a=w0(); fann_set_training_algorithm(a,sw[k][0]);
    printf("switch %d->%d", sw[k][0], sw[k][1]);
    for(int e=0;e<3;e++) printf(" %.9g", fann_train_epoch(a,d));
    fann_set_training_algorithm(a,sw[k][1]);
    for(int e=0;e<3;e++) printf(" %.9g", fann_train_epoch(a,d));
    printf("\n"); pw("w",a->weights,13);
    if(a->prev_steps) pw("steps",a->prev_steps,13);
    fann_destroy(a);
  }
  /* fann_train does not reset the MSE; momentum memory kept across algorithms */
  a=w0(); fann_set_learning_momentum(a,0.9f);
  for(int r=0;r<2;r++) for(int i=0;i<4;i++) fann_train(a,d->input[i],d->output[i]);
  printf("train8 %.9g %u %u\n", fann_get_MSE(a), a->num_MSE, fann_get_bit_fail(a));
  pw("w",a->weights,13);
  /* fann_test accumulates too */
  fann_reset_MSE(a);
  for(int i=0;i<4;i++) fann_test(a,d->input[i],d->output[i]);
  fann_test(a,d->input[0],d->output[0]);
  printf("test5 %.9g %u %u %.9g\n", fann_get_MSE(a), a->num_MSE, fann_get_bit_fail(a), a->MSE_value);
  /* randomize_weights resets the rprop state */
  return 0;
}
