#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <dlfcn.h>
#include "doublefann.h"
static int allow_srand=0; static long nrand=0;
void srand(unsigned s){ if(!allow_srand) return; void(*r)(unsigned)=dlsym(RTLD_NEXT,"srand"); r(s);}
int rand(void){ static int(*r)(void); if(!r) r=dlsym(RTLD_NEXT,"rand"); nrand++; return r();}
int main(int argc,char**argv){ float rate=atof(argv[1]); unsigned n=atoi(argv[2]);
 allow_srand=1; srand(5); allow_srand=0; nrand=0;
 struct fann*a=fann_create_sparse(rate,2,n,n);
 struct fann_layer*l=a->first_layer+1; unsigned cnt=l->last_neuron-l->first_neuron-1;
 uint64_t h=0; for(unsigned i=0;i<=cnt;i++){ h=h*1000003ULL+l->first_neuron[i].last_con; }
 uint64_t hs=0, hw=0; struct fann_neuron*n0=a->first_layer->first_neuron;
 for(unsigned i=0;i<=cnt;i++){ struct fann_neuron*ne=&l->first_neuron[i]; for(unsigned c=ne->first_con;c<ne->last_con;c++){ uint64_t b; memcpy(&b,&a->weights[c],8); hs=hs*1000003ULL+(uint64_t)(a->connections[c]-n0); hw=hw*1000003ULL+b; } }
 printf("rand_calls %ld total_connections %u bias_first_con %u last [%u,%u) range_hash %llu src_hash %llu w_hash %llu\n", nrand, a->total_connections, l->first_neuron[cnt].first_con, l->first_neuron[cnt-1].first_con,l->first_neuron[cnt-1].last_con, (unsigned long long)h,(unsigned long long)hs,(unsigned long long)hw);
 return 0;}
