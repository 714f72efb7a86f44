/* Training probe: linked against Debian FANN 2.2.0 (libdoublefann / libfloatfann).
   Build: cc -O0 -DUSE_DOUBLE train.c -ldoublefann -lm -ldl ; cc train.c -lfloatfann -lm -ldl */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#ifdef USE_DOUBLE
#include "doublefann.h"
#define FMT "%.17g"
#else
#include "floatfann.h"
#define FMT "%.9g"
#endif
static int allow_srand = 0; static long nrand = 0;
void srand(unsigned s){ if(!allow_srand) return; void(*r)(unsigned)=dlsym(RTLD_NEXT,"srand"); r(s);}
int rand(void){ static int(*r)(void); if(!r) r=dlsym(RTLD_NEXT,"rand"); nrand++; return r();}
static void myseed(unsigned s){allow_srand=1; srand(s); allow_srand=0; nrand=0;}

static const double W0[13]={0.15,-0.25,0.35,0.45,0.55,-0.65,-0.75,0.85,0.05,0.5,-0.6,0.7,-0.1};
static struct fann *w0(int caseB){
  struct fann *a=fann_create_standard(3,2,3,1);
  for(int i=0;i<13;i++) a->weights[i]=(fann_type)W0[i];
  if(caseB){
    fann_set_activation_function_hidden(a,FANN_SIGMOID); fann_set_activation_function_output(a,FANN_SIGMOID);
    fann_set_activation_steepness_hidden(a,1.0); fann_set_activation_steepness_output(a,1.0);
    fann_set_train_error_function(a,FANN_ERRORFUNC_LINEAR); fann_set_learning_momentum(a,0.9f);
  } else {
    fann_set_activation_function_hidden(a,FANN_SIGMOID_SYMMETRIC); fann_set_activation_function_output(a,FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_steepness_hidden(a,0.5); fann_set_activation_steepness_output(a,0.5);
  }
  return a;
}
static struct fann_train_data *xor(double lo){
  struct fann_train_data *d=fann_create_train(4,2,1);
  double p[4][3]={{lo,lo,lo},{lo,1,1},{1,lo,1},{1,1,lo}};
  for(int i=0;i<4;i++){d->input[i][0]=p[i][0];d->input[i][1]=p[i][1];d->output[i][0]=p[i][2];}
  return d;
}
static struct fann_train_data *seven(void){
  struct fann_train_data *d=fann_create_train(7,2,1);
  for(int i=0;i<7;i++){d->input[i][0]=-1+0.3*i; d->input[i][1]=0.9-0.25*i; d->output[i][0]= i%3==0?0.8:-0.6;}
  return d;
}
static void pw(const char *tag, struct fann *a){
  printf("%s", tag); for(unsigned i=0;i<a->total_connections;i++) printf(" " FMT, (double)a->weights[i]); printf("\n");
}
static void pa(const char *tag, fann_type *v, unsigned n){
  printf("%s", tag); for(unsigned i=0;i<n;i++) printf(" " FMT, (double)v[i]); printf("\n");
}
int main(int argc, char **argv){
  const char *what = argc>1?argv[1]:"xor";
  if(!strcmp(what,"xor")){
    for(int cb=0;cb<2;cb++) for(int alg=0;alg<5;alg++){
      struct fann *a=w0(cb); struct fann_train_data *d=xor(cb?0:-1);
      fann_set_training_algorithm(a,alg); myseed(1);
      printf("case %c alg %d\n", cb?'B':'A', alg);
      for(int e=1;e<=10;e++){
        float m=fann_train_epoch(a,d);
        printf("mse %d %.9g %u\n", e, m, fann_get_bit_fail(a));
        if(e==1) pw("w1",a);
      }
      pw("w10",a);
      float t=fann_test_data(a,d); printf("test %.9g %u\n", t, fann_get_bit_fail(a));
      printf("out"); for(int i=0;i<4;i++) printf(" " FMT, (double)fann_run(a,d->input[i])[0]); printf("\n");
      printf("rand_calls %ld\n", nrand);
    }
  } else if(!strcmp(what,"long")){
    for(int alg=0;alg<5;alg++){
      struct fann *a=w0(0); struct fann_train_data *d=seven();
      fann_set_training_algorithm(a,alg); myseed(42);
      printf("alg %d\n", alg);
      for(int e=1;e<=300;e++){
        float m=fann_train_epoch(a,d);
        if(e==1||e==10||e==50||e==100||e==200||e==300) printf("epoch %d %.9g %u %ld\n", e, m, fann_get_bit_fail(a), nrand);
      }
      pw("w300",a);
    }
  } else if(!strcmp(what,"threshold")){
    /* argv[2]=alg ; output THRESHOLD, case A otherwise; 1 epoch */
    int alg=atoi(argv[2]);
    struct fann *a=w0(0); struct fann_train_data *d=xor(-1);
    fann_set_activation_function_output(a,FANN_THRESHOLD);
    fann_set_training_algorithm(a,alg); myseed(1);
    float m=fann_train_epoch(a,d);
    printf("thr alg %d mse %.9g bf %u\n", alg, m, fann_get_bit_fail(a)); pw("w",a); fflush(stdout);
  } else if(!strcmp(what,"thrsym")){
    /* THRESHOLD_SYMMETRIC output: no error 12, derivative 0 */
    int alg=atoi(argv[2]);
    struct fann *a=w0(0); struct fann_train_data *d=xor(-1);
    fann_set_activation_function_output(a,FANN_THRESHOLD_SYMMETRIC);
    fann_set_training_algorithm(a,alg); myseed(1);
    float m=fann_train_epoch(a,d);
    printf("thrsym alg %d mse %.9g bf %u\n", alg, m, fann_get_bit_fail(a)); pw("w",a); fflush(stdout);
  } else if(!strcmp(what,"thrhid")){
    int alg=atoi(argv[2]);
    struct fann *a=w0(0); struct fann_train_data *d=xor(-1);
    fann_set_activation_function_hidden(a,FANN_THRESHOLD);
    fann_set_training_algorithm(a,alg); myseed(1);
    float m=fann_train_epoch(a,d);
    printf("thrhid alg %d mse %.9g bf %u\n", alg, m, fann_get_bit_fail(a)); pw("w",a); fflush(stdout);
  } else if(!strcmp(what,"empty")){
    /* argv[2]=alg, argv[3]=1: one real epoch first */
    int alg=atoi(argv[2]); int pre=atoi(argv[3]);
    struct fann *a=w0(0); struct fann_train_data *d=xor(-1);
    struct fann_train_data *e=fann_create_train(0,2,1);
    fann_set_training_algorithm(a,alg); myseed(1);
    if(pre) fann_train_epoch(a,d);
    for(int k=1;k<=2;k++){
      float m=fann_train_epoch(a,e);
      printf("empty alg %d pre %d k %d mse %.9g bf %u nmse %u\n", alg, pre, k, m, fann_get_bit_fail(a), a->num_MSE); pw("w",a);
      if(a->prev_steps) pa("steps", a->prev_steps, 13);
      if(a->prev_train_slopes) pa("pslopes", a->prev_train_slopes, 13);
      fflush(stdout);
    }
    float m=fann_train_epoch(a,d); printf("after mse %.9g\n", m); pw("w",a);
  }
  return 0;
}
