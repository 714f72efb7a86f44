/* FANN (Rust reimplementation): header-only C++ wrapper, namespace FANN.
 *
 * Source compatible with the fann_cpp.h of FANN 2.2.0: the same enums, the classes
 * FANN::training_data and FANN::neural_net with the same methods and semantics, plus a few
 * additions of later upstream versions. Written for this project; it only calls the C API.
 *
 * Include floatfann.h, doublefann.h or fixedfann.h before this header (plain fann.h is included
 * when none was) and link the matching library. With fixedfann.h only the methods backed by
 * libfixedfann exist: no training, cascade training or scaling, but get_decimal_point() and
 * get_multiplier().
 *
 * Differences from the 2.2.0 wrapper, all on the safe side:
 *  - copies are deep and independent: copy constructors and copy assignment use fann_copy /
 *    fann_duplicate_train_data (2.2.0 destroyed an uninitialised pointer in the copy
 *    constructors and had shallow, double-freeing assignment); C++11 moves are supported;
 *  - a copied neural_net also keeps the training algorithm, SARPROP parameters and minimum
 *    cascade epochs, which fann_copy of FANN 2.2.0 resets to their defaults;
 *  - a copied neural_net keeps its set_callback callback, bound to the copy;
 *  - the callback receives the user_data given to set_callback (2.2.0 passed its own
 *    internal record); an exception thrown by the callback stops training and is rethrown
 *    by the training method after the C library returned;
 *  - every method is safe on an empty object (no network / no data): it does nothing and
 *    returns 0, NULL, false or an empty string; get_errstr() returns "" when there is no error;
 *  - a failed subset_train_data / merge_train_data keeps the data (the error is then readable
 *    with training_data::get_errno / get_errstr, additions of this wrapper);
 *  - set_train_data builds the set with fann_create_train, so its error fields are initialised,
 *    and a training_data frees its error message (fann_destroy_train does not);
 *  - FANN::SIN and FANN::COS exist, and LINEAR_PIECE_RECT / LINEAR_PIECE_RECT_LEAKY have the
 *    C values 18 / 19.
 */
#ifndef FANN_CPP_H_INCLUDED
#define FANN_CPP_H_INCLUDED

#ifndef FANN_INCLUDE
#include "fann.h"
#endif

/* Declared by this project's fann.h; repeated so that the wrapper also compiles with the
   headers of FANN 2.2.0, whose libraries lack them (only neural_net::disable_seed_rand and
   enable_seed_rand call them). */
extern "C" {
void fann_disable_seed_rand(void);
void fann_enable_seed_rand(void);
}

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string>
#include <vector>
#if __cplusplus >= 201103L
#include <exception>
#endif

namespace FANN
{
    /* Error function used during training (C: enum fann_errorfunc_enum). */
    enum error_function_enum {
        ERRORFUNC_LINEAR = FANN_ERRORFUNC_LINEAR,
        ERRORFUNC_TANH = FANN_ERRORFUNC_TANH
    };

    /* Stop criterion used during training (C: enum fann_stopfunc_enum). */
    enum stop_function_enum {
        STOPFUNC_MSE = FANN_STOPFUNC_MSE,
        STOPFUNC_BIT = FANN_STOPFUNC_BIT
    };

    /* Training algorithm (C: enum fann_train_enum). */
    enum training_algorithm_enum {
        TRAIN_INCREMENTAL = FANN_TRAIN_INCREMENTAL,
        TRAIN_BATCH = FANN_TRAIN_BATCH,
        TRAIN_RPROP = FANN_TRAIN_RPROP,
        TRAIN_QUICKPROP = FANN_TRAIN_QUICKPROP,
        TRAIN_SARPROP = FANN_TRAIN_SARPROP
    };

    /* Activation function (C: enum fann_activationfunc_enum); every value equals the C one. */
    enum activation_function_enum {
        LINEAR = FANN_LINEAR,
        THRESHOLD = FANN_THRESHOLD,
        THRESHOLD_SYMMETRIC = FANN_THRESHOLD_SYMMETRIC,
        SIGMOID = FANN_SIGMOID,
        SIGMOID_STEPWISE = FANN_SIGMOID_STEPWISE,
        SIGMOID_SYMMETRIC = FANN_SIGMOID_SYMMETRIC,
        SIGMOID_SYMMETRIC_STEPWISE = FANN_SIGMOID_SYMMETRIC_STEPWISE,
        GAUSSIAN = FANN_GAUSSIAN,
        GAUSSIAN_SYMMETRIC = FANN_GAUSSIAN_SYMMETRIC,
        GAUSSIAN_STEPWISE = FANN_GAUSSIAN_STEPWISE,
        ELLIOT = FANN_ELLIOT,
        ELLIOT_SYMMETRIC = FANN_ELLIOT_SYMMETRIC,
        LINEAR_PIECE = FANN_LINEAR_PIECE,
        LINEAR_PIECE_SYMMETRIC = FANN_LINEAR_PIECE_SYMMETRIC,
        SIN_SYMMETRIC = FANN_SIN_SYMMETRIC,
        COS_SYMMETRIC = FANN_COS_SYMMETRIC,
        SIN = FANN_SIN,
        COS = FANN_COS,
        LINEAR_PIECE_RECT = 18,       /* FANN_LINEAR_PIECE_RECT (ReLU) */
        LINEAR_PIECE_RECT_LEAKY = 19  /* FANN_LINEAR_PIECE_RECT_LEAKY */
    };

    /* Network type (C: enum fann_nettype_enum). */
    enum network_type_enum {
        LAYER = FANN_NETTYPE_LAYER,
        SHORTCUT = FANN_NETTYPE_SHORTCUT
    };

    /* One connection: source neuron, destination neuron, weight. */
    typedef struct fann_connection connection;

    class neural_net;
    class training_data;

    /* Training callback set with neural_net::set_callback. Called by train_on_data,
       train_on_file and cascadetrain_on_data/file at every report; returning -1 stops. For
       cascade training max_epochs/epochs_between_reports are the neuron counts and epochs is
       the total number of epochs so far. */
    typedef int (*callback_type)(neural_net &net, training_data &train,
                                 unsigned int max_epochs, unsigned int epochs_between_reports,
                                 float desired_error, unsigned int epochs, void *user_data);

    /*************************************************************************************/
    /* training_data: owns one struct fann_train_data (or none). */
    class training_data
    {
    public:
        /* An empty set; fill it with read_train_from_file, set_train_data or
           create_train_from_callback. */
        training_data() : train_data(NULL)
        {
        }

        /* Deep copy (fann_duplicate_train_data). */
        training_data(const training_data &other) : train_data(NULL)
        {
            if (other.train_data != NULL)
                train_data = fann_duplicate_train_data(other.train_data);
        }

        /* Deep copy; the previous data is freed. */
        training_data &operator=(const training_data &other)
        {
            if (this != &other) {
                struct fann_train_data *copy = NULL;
                if (other.train_data != NULL)
                    copy = fann_duplicate_train_data(other.train_data);
                replace(copy);
            }
            return *this;
        }

#if __cplusplus >= 201103L
        training_data(training_data &&other) noexcept : train_data(other.train_data)
        {
            other.train_data = NULL;
        }

        training_data &operator=(training_data &&other) noexcept
        {
            if (this != &other) {
                replace(other.train_data);
                other.train_data = NULL;
            }
            return *this;
        }
#endif

#ifdef USE_VIRTUAL_DESTRUCTOR
        virtual
#endif
        ~training_data()
        {
            destroy_train();
        }

        /* Frees the data; the object becomes empty. */
        void destroy_train()
        {
            replace(NULL);
        }

        /* Replaces the data by the contents of a training file. False (and an empty object)
           if the file cannot be read; FANN prints the reason. */
        bool read_train_from_file(const std::string &filename)
        {
            replace(fann_read_train_from_file(filename.c_str()));
            return train_data != NULL;
        }

        /* Writes the data as a training file. */
        bool save_train(const std::string &filename)
        {
            if (train_data == NULL)
                return false;
            return fann_save_train(train_data, filename.c_str()) != -1;
        }

        /* Writes the data as a fixed point training file with the given decimal point. */
        bool save_train_to_fixed(const std::string &filename, unsigned int decimal_point)
        {
            if (train_data == NULL)
                return false;
            return fann_save_train_to_fixed(train_data, filename.c_str(), decimal_point) != -1;
        }

        /* Shuffles the patterns (uses rand()). */
        void shuffle_train_data()
        {
            if (train_data != NULL)
                fann_shuffle_train_data(train_data);
        }

        /* Appends the patterns of other. An empty object becomes a copy of other. If the
           shapes differ nothing changes and get_errno() reports FANN_E_TRAIN_DATA_MISMATCH. */
        void merge_train_data(const training_data &other)
        {
            if (other.train_data == NULL)
                return;
            struct fann_train_data *merged;
            if (train_data == NULL)
                merged = fann_duplicate_train_data(other.train_data);
            else
                merged = fann_merge_train_data(train_data, other.train_data);
            if (merged != NULL)
                replace(merged);
        }

        /* Number of patterns (0 when empty). */
        unsigned int length_train_data()
        {
            return train_data == NULL ? 0 : fann_length_train_data(train_data);
        }

        /* Number of inputs per pattern (0 when empty). */
        unsigned int num_input_train_data()
        {
            return train_data == NULL ? 0 : fann_num_input_train_data(train_data);
        }

        /* Number of outputs per pattern (0 when empty). */
        unsigned int num_output_train_data()
        {
            return train_data == NULL ? 0 : fann_num_output_train_data(train_data);
        }

        /* The rows of inputs (input[pattern][i]); NULL when empty. Owned by the object. */
        fann_type **get_input()
        {
            return train_data == NULL ? NULL : train_data->input;
        }

        /* The rows of desired outputs; NULL when empty. Owned by the object. */
        fann_type **get_output()
        {
            return train_data == NULL ? NULL : train_data->output;
        }

        /* The inputs of one pattern, NULL if position is out of range. */
        fann_type *get_train_input(unsigned int position)
        {
            if (train_data == NULL || position >= train_data->num_data)
                return NULL;
            return train_data->input[position];
        }

        /* The desired outputs of one pattern, NULL if position is out of range. */
        fann_type *get_train_output(unsigned int position)
        {
            if (train_data == NULL || position >= train_data->num_data)
                return NULL;
            return train_data->output[position];
        }

        /* Smallest / largest input and output value over all patterns (0 when empty). */
        fann_type get_min_input()
        {
            return extreme(train_data == NULL ? NULL : train_data->input, num_input_train_data(), false);
        }

        fann_type get_max_input()
        {
            return extreme(train_data == NULL ? NULL : train_data->input, num_input_train_data(), true);
        }

        fann_type get_min_output()
        {
            return extreme(train_data == NULL ? NULL : train_data->output, num_output_train_data(), false);
        }

        fann_type get_max_output()
        {
            return extreme(train_data == NULL ? NULL : train_data->output, num_output_train_data(), true);
        }

        /* Replaces the data by a copy of num_data patterns given as arrays of rows. */
        void set_train_data(unsigned int num_data, unsigned int num_input, fann_type **input,
                            unsigned int num_output, fann_type **output)
        {
            struct fann_train_data *data = fann_create_train(num_data, num_input, num_output);
            if (data != NULL) {
                for (unsigned int i = 0; i < num_data; i++) {
                    for (unsigned int j = 0; j < num_input; j++)
                        data->input[i][j] = input[i][j];
                    for (unsigned int j = 0; j < num_output; j++)
                        data->output[i][j] = output[i][j];
                }
            }
            replace(data);
        }

        /* Replaces the data by a copy of num_data patterns given as two flat arrays
           (input[pattern * num_input + i], output[pattern * num_output + i]). */
        void set_train_data(unsigned int num_data, unsigned int num_input, fann_type *input,
                            unsigned int num_output, fann_type *output)
        {
            struct fann_train_data *data = fann_create_train(num_data, num_input, num_output);
            if (data != NULL) {
                for (unsigned int i = 0; i < num_data; i++) {
                    for (unsigned int j = 0; j < num_input; j++)
                        data->input[i][j] = input[static_cast<size_t>(i) * num_input + j];
                    for (unsigned int j = 0; j < num_output; j++)
                        data->output[i][j] = output[static_cast<size_t>(i) * num_output + j];
                }
            }
            replace(data);
        }

        /* Replaces the data by num_data patterns produced by user_function(pattern, num_input,
           num_output, input_row, output_row). */
        void create_train_from_callback(unsigned int num_data, unsigned int num_input,
                                        unsigned int num_output,
                                        void (FANN_API *user_function)(unsigned int, unsigned int,
                                                                       unsigned int, fann_type *,
                                                                       fann_type *))
        {
            replace(fann_create_train_from_callback(num_data, num_input, num_output, user_function));
        }

        /* Rescales all inputs linearly to [new_min, new_max]. */
        void scale_input_train_data(fann_type new_min, fann_type new_max)
        {
            if (train_data != NULL)
                fann_scale_input_train_data(train_data, new_min, new_max);
        }

        /* Rescales all outputs linearly to [new_min, new_max]. */
        void scale_output_train_data(fann_type new_min, fann_type new_max)
        {
            if (train_data != NULL)
                fann_scale_output_train_data(train_data, new_min, new_max);
        }

        /* Rescales inputs and outputs (each with its own range) to [new_min, new_max]. */
        void scale_train_data(fann_type new_min, fann_type new_max)
        {
            if (train_data != NULL)
                fann_scale_train_data(train_data, new_min, new_max);
        }

        /* Keeps only the patterns [pos, pos + length). An invalid range changes nothing and
           get_errno() reports FANN_E_TRAIN_DATA_SUBSET. */
        void subset_train_data(unsigned int pos, unsigned int length)
        {
            if (train_data == NULL)
                return;
            struct fann_train_data *subset = fann_subset_train_data(train_data, pos, length);
            if (subset != NULL)
                replace(subset);
        }

        /* Error state of the data (merge and subset errors, failed saves); additions of this
           wrapper. An empty object has no error. */
        unsigned int get_errno()
        {
            return train_data == NULL ? 0 : static_cast<unsigned int>(fann_get_errno(as_error()));
        }

        void reset_errno()
        {
            if (train_data != NULL)
                fann_reset_errno(as_error());
        }

        void reset_errstr()
        {
            if (train_data != NULL)
                fann_reset_errstr(as_error());
        }

        std::string get_errstr()
        {
            if (train_data == NULL)
                return std::string();
            const char *text = fann_get_errstr(as_error());
            return text == NULL ? std::string() : std::string(text);
        }

        void print_error()
        {
            if (train_data != NULL)
                fann_print_error(as_error());
        }

        /* Where errors of this data are printed (NULL: nowhere). */
        void set_error_log(FILE *log_file)
        {
            if (train_data != NULL)
                fann_set_error_log(as_error(), log_file);
        }

    protected:
        friend class neural_net;

        /* The owned C structure, or NULL. */
        struct fann_train_data *train_data;

    private:
        /* Takes ownership of data (may be NULL) and frees the previous data, including its
           error message, which fann_destroy_train leaves alone. */
        void replace(struct fann_train_data *data)
        {
            if (train_data != NULL && train_data != data) {
                fann_reset_errstr(as_error());
                fann_destroy_train(train_data);
            }
            train_data = data;
        }

        struct fann_error *as_error()
        {
            return reinterpret_cast<struct fann_error *>(train_data);
        }

        /* Smallest or largest value of rows[0..num_data)[0..width). */
        fann_type extreme(fann_type **rows, unsigned int width, bool largest) const
        {
            if (train_data == NULL || rows == NULL || width == 0 || train_data->num_data == 0)
                return 0;
            fann_type best = rows[0][0];
            for (unsigned int i = 0; i < train_data->num_data; i++)
                for (unsigned int j = 0; j < width; j++) {
                    fann_type v = rows[i][j];
                    if (largest ? v > best : v < best)
                        best = v;
                }
            return best;
        }
    };

    /*************************************************************************************/
    /* neural_net: owns one struct fann (or none). */
    class neural_net
    {
    public:
        /* An empty object; create the network with one of the create_* methods or
           create_from_file. */
        neural_net() : ann(NULL)
        {
        }

        /* Deep copy of other's network (fann_copy), including its set_callback callback,
           which is bound to the copy. */
        neural_net(const neural_net &other) : ann(NULL)
        {
            copy_from_struct_fann(other.ann);
        }

        /* Deep copy of a C network; the caller keeps ownership of other. */
        neural_net(struct fann *other) : ann(NULL)
        {
            copy_from_struct_fann(other);
        }

        /* Creates a LAYER (standard) or SHORTCUT network; the varargs are the num_layers
           layer sizes. */
        neural_net(network_type_enum net_type, unsigned int num_layers, ...) : ann(NULL)
        {
            va_list args;
            va_start(args, num_layers);
            std::vector<unsigned int> sizes;
            num_layers = read_layer_sizes(num_layers, args, sizes);
            va_end(args);
            if (net_type == SHORTCUT)
                create_shortcut_array(num_layers, &sizes[0]);
            else
                create_standard_array(num_layers, &sizes[0]);
        }

        neural_net(network_type_enum net_type, unsigned int num_layers, const unsigned int *layers)
            : ann(NULL)
        {
            if (net_type == SHORTCUT)
                create_shortcut_array(num_layers, layers);
            else
                create_standard_array(num_layers, layers);
        }

        /* Creates a sparse layered network. */
        neural_net(float connection_rate, unsigned int num_layers, ...) : ann(NULL)
        {
            va_list args;
            va_start(args, num_layers);
            std::vector<unsigned int> sizes;
            num_layers = read_layer_sizes(num_layers, args, sizes);
            va_end(args);
            create_sparse_array(connection_rate, num_layers, &sizes[0]);
        }

        neural_net(float connection_rate, unsigned int num_layers, const unsigned int *layers)
            : ann(NULL)
        {
            create_sparse_array(connection_rate, num_layers, layers);
        }

        /* Loads a network file (empty object if that fails). */
        explicit neural_net(const std::string &configuration_file) : ann(NULL)
        {
            create_from_file(configuration_file);
        }

        /* Deep copy; the previous network is destroyed. */
        neural_net &operator=(const neural_net &other)
        {
            if (this != &other)
                copy_from_struct_fann(other.ann);
            return *this;
        }

#if __cplusplus >= 201103L
        neural_net(neural_net &&other) noexcept : ann(NULL)
        {
            take(other);
        }

        neural_net &operator=(neural_net &&other) noexcept
        {
            if (this != &other) {
                destroy();
                take(other);
            }
            return *this;
        }
#endif

#ifdef USE_VIRTUAL_DESTRUCTOR
        virtual
#endif
        ~neural_net()
        {
            destroy();
        }

        /* Replaces the network by a deep copy of other (NULL: the object becomes empty).
           Settings that FANN 2.2.0's fann_copy drops are carried over. */
        void copy_from_struct_fann(struct fann *other)
        {
            if (other == ann && other != NULL)
                return;
            struct fann *copy = NULL;
            if (other != NULL) {
                copy = fann_copy(other);
                if (copy != NULL) {
                    carry_settings(other, copy);
                    if (other->callback == &internal_callback) {
                        /* the copy would share other's callback record: give it its own */
                        copy->user_data = NULL;
                        copy->callback = NULL;
                    }
                }
            }
            user_context *source = (other != NULL && other->callback == &internal_callback)
                                       ? static_cast<user_context *>(other->user_data)
                                       : NULL;
            callback_type cb = source != NULL ? source->user_callback : NULL;
            void *cb_data = source != NULL ? source->user_data : NULL;
            destroy();
            ann = copy;
            if (ann != NULL && cb != NULL)
                set_callback(cb, cb_data);
        }

        /* Destroys the network; the object becomes empty. */
        void destroy()
        {
            if (ann != NULL) {
                delete context();
                fann_destroy(ann);
                ann = NULL;
            }
        }

        /* Creates a fully connected layered network; the varargs are the num_layers layer
           sizes (input first). */
        bool create_standard(unsigned int num_layers, ...)
        {
            va_list args;
            va_start(args, num_layers);
            std::vector<unsigned int> sizes;
            num_layers = read_layer_sizes(num_layers, args, sizes);
            va_end(args);
            return create_standard_array(num_layers, &sizes[0]);
        }

        bool create_standard_array(unsigned int num_layers, const unsigned int *layers)
        {
            destroy();
            ann = fann_create_standard_array(num_layers, layers);
            return ann != NULL;
        }

        /* Creates a layered network in which only connection_rate of the connections exist. */
        bool create_sparse(float connection_rate, unsigned int num_layers, ...)
        {
            va_list args;
            va_start(args, num_layers);
            std::vector<unsigned int> sizes;
            num_layers = read_layer_sizes(num_layers, args, sizes);
            va_end(args);
            return create_sparse_array(connection_rate, num_layers, &sizes[0]);
        }

        bool create_sparse_array(float connection_rate, unsigned int num_layers,
                                 const unsigned int *layers)
        {
            destroy();
            ann = fann_create_sparse_array(connection_rate, num_layers, layers);
            return ann != NULL;
        }

        /* Creates a network in which every neuron is connected to all neurons of all
           earlier layers. */
        bool create_shortcut(unsigned int num_layers, ...)
        {
            va_list args;
            va_start(args, num_layers);
            std::vector<unsigned int> sizes;
            num_layers = read_layer_sizes(num_layers, args, sizes);
            va_end(args);
            return create_shortcut_array(num_layers, &sizes[0]);
        }

        bool create_shortcut_array(unsigned int num_layers, const unsigned int *layers)
        {
            destroy();
            ann = fann_create_shortcut_array(num_layers, layers);
            return ann != NULL;
        }

        /* Loads a network file. False (and an empty object) on failure; FANN prints why. */
        bool create_from_file(const std::string &configuration_file)
        {
            destroy();
            ann = fann_create_from_file(configuration_file.c_str());
            return ann != NULL;
        }

        /* Runs the network; the result (get_num_output() values) is owned by the network and
           overwritten by the next run. */
        fann_type *run(fann_type *input)
        {
            return ann == NULL ? NULL : fann_run(ann, input);
        }

        /* Sets every weight to a random value in [min_weight, max_weight). */
        void randomize_weights(fann_type min_weight, fann_type max_weight)
        {
            if (ann != NULL)
                fann_randomize_weights(ann, min_weight, max_weight);
        }

        /* Widrow-Nguyen initialisation from the inputs of data. */
        void init_weights(const training_data &data)
        {
            if (ann != NULL && data.train_data != NULL)
                fann_init_weights(ann, data.train_data);
        }

        /* Prints the connection matrix to stdout. */
        void print_connections()
        {
            if (ann != NULL)
                fann_print_connections(ann);
        }

        /* Prints all parameters to stdout. */
        void print_parameters()
        {
            if (ann != NULL)
                fann_print_parameters(ann);
        }

        /* Saves the network. */
        bool save(const std::string &configuration_file)
        {
            if (ann == NULL)
                return false;
            return fann_save(ann, configuration_file.c_str()) != -1;
        }

        /* Saves the network as a fixed point file; returns the decimal point chosen (see
           fann_save_to_fixed), -1 on failure. */
        int save_to_fixed(const std::string &configuration_file)
        {
            if (ann == NULL)
                return -1;
            return fann_save_to_fixed(ann, configuration_file.c_str());
        }

#ifndef FIXEDFANN
        /* One incremental training step on one pattern. */
        void train(fann_type *input, fann_type *desired_output)
        {
            if (ann != NULL)
                fann_train(ann, input, desired_output);
        }

        /* One epoch of the selected training algorithm; returns the MSE of the epoch. */
        float train_epoch(const training_data &data)
        {
            if (ann == NULL || data.train_data == NULL)
                return 0.0f;
            return fann_train_epoch(ann, data.train_data);
        }

        /* Trains until max_epochs or desired_error; reports every epochs_between_reports
           epochs (to stdout, or through the set_callback callback). */
        void train_on_data(const training_data &data, unsigned int max_epochs,
                           unsigned int epochs_between_reports, float desired_error)
        {
            if (ann == NULL || data.train_data == NULL)
                return;
            fann_train_on_data(ann, data.train_data, max_epochs, epochs_between_reports,
                               desired_error);
            rethrow_callback_exception();
        }

        /* train_on_data on the contents of a training file. */
        void train_on_file(const std::string &filename, unsigned int max_epochs,
                           unsigned int epochs_between_reports, float desired_error)
        {
            if (ann == NULL)
                return;
            fann_train_on_file(ann, filename.c_str(), max_epochs, epochs_between_reports,
                               desired_error);
            rethrow_callback_exception();
        }
#endif /* FIXEDFANN */

        /* Runs one pattern and adds its error to the MSE and bit fail counters. */
        fann_type *test(fann_type *input, fann_type *desired_output)
        {
            return ann == NULL ? NULL : fann_test(ann, input, desired_output);
        }

        /* MSE over data (resets the counters first). */
        float test_data(const training_data &data)
        {
            if (ann == NULL || data.train_data == NULL)
                return 0.0f;
            return fann_test_data(ann, data.train_data);
        }

        float get_MSE()
        {
            return ann == NULL ? 0.0f : fann_get_MSE(ann);
        }

        void reset_MSE()
        {
            if (ann != NULL)
                fann_reset_MSE(ann);
        }

        unsigned int get_bit_fail()
        {
            return ann == NULL ? 0 : fann_get_bit_fail(ann);
        }

        /* Installs a training callback (NULL: back to FANN's own reports). user_data is
           handed to the callback unchanged. */
        void set_callback(callback_type callback, void *user_data)
        {
            if (ann == NULL)
                return;
            delete context();
            if (callback == NULL) {
                fann_set_user_data(ann, NULL);
                fann_set_callback(ann, NULL);
                return;
            }
            user_context *record = new user_context;
            record->user_callback = callback;
            record->user_data = user_data;
            record->net = this;
            fann_set_user_data(ann, record);
            fann_set_callback(ann, &internal_callback);
        }

        /* ---- training parameters ---- */

        training_algorithm_enum get_training_algorithm()
        {
            return ann == NULL ? TRAIN_INCREMENTAL
                               : static_cast<training_algorithm_enum>(fann_get_training_algorithm(ann));
        }

        void set_training_algorithm(training_algorithm_enum training_algorithm)
        {
            if (ann != NULL)
                fann_set_training_algorithm(ann, static_cast<enum fann_train_enum>(training_algorithm));
        }

        float get_learning_rate()
        {
            return ann == NULL ? 0.0f : fann_get_learning_rate(ann);
        }

        void set_learning_rate(float learning_rate)
        {
            if (ann != NULL)
                fann_set_learning_rate(ann, learning_rate);
        }

        float get_learning_momentum()
        {
            return ann == NULL ? 0.0f : fann_get_learning_momentum(ann);
        }

        void set_learning_momentum(float learning_momentum)
        {
            if (ann != NULL)
                fann_set_learning_momentum(ann, learning_momentum);
        }

        /* ---- activation functions and steepness (layer 0 is the input layer) ---- */

        /* -1 (as FANN returns for a bad index) when the object is empty. */
        activation_function_enum get_activation_function(int layer, int neuron)
        {
            if (ann == NULL) {
                int invalid = -1;
                return static_cast<activation_function_enum>(invalid);
            }
            return static_cast<activation_function_enum>(fann_get_activation_function(ann, layer, neuron));
        }

        void set_activation_function(activation_function_enum activation_function, int layer,
                                     int neuron)
        {
            if (ann != NULL)
                fann_set_activation_function(ann, c_activation(activation_function), layer, neuron);
        }

        void set_activation_function_layer(activation_function_enum activation_function, int layer)
        {
            if (ann != NULL)
                fann_set_activation_function_layer(ann, c_activation(activation_function), layer);
        }

        void set_activation_function_hidden(activation_function_enum activation_function)
        {
            if (ann != NULL)
                fann_set_activation_function_hidden(ann, c_activation(activation_function));
        }

        void set_activation_function_output(activation_function_enum activation_function)
        {
            if (ann != NULL)
                fann_set_activation_function_output(ann, c_activation(activation_function));
        }

        fann_type get_activation_steepness(int layer, int neuron)
        {
            return ann == NULL ? static_cast<fann_type>(-1) : fann_get_activation_steepness(ann, layer, neuron);
        }

        void set_activation_steepness(fann_type steepness, int layer, int neuron)
        {
            if (ann != NULL)
                fann_set_activation_steepness(ann, steepness, layer, neuron);
        }

        void set_activation_steepness_layer(fann_type steepness, int layer)
        {
            if (ann != NULL)
                fann_set_activation_steepness_layer(ann, steepness, layer);
        }

        void set_activation_steepness_hidden(fann_type steepness)
        {
            if (ann != NULL)
                fann_set_activation_steepness_hidden(ann, steepness);
        }

        void set_activation_steepness_output(fann_type steepness)
        {
            if (ann != NULL)
                fann_set_activation_steepness_output(ann, steepness);
        }

        /* ---- error and stop functions ---- */

        error_function_enum get_train_error_function()
        {
            return ann == NULL ? ERRORFUNC_LINEAR
                               : static_cast<error_function_enum>(fann_get_train_error_function(ann));
        }

        void set_train_error_function(error_function_enum train_error_function)
        {
            if (ann != NULL)
                fann_set_train_error_function(ann, static_cast<enum fann_errorfunc_enum>(train_error_function));
        }

        stop_function_enum get_train_stop_function()
        {
            return ann == NULL ? STOPFUNC_MSE
                               : static_cast<stop_function_enum>(fann_get_train_stop_function(ann));
        }

        void set_train_stop_function(stop_function_enum train_stop_function)
        {
            if (ann != NULL)
                fann_set_train_stop_function(ann, static_cast<enum fann_stopfunc_enum>(train_stop_function));
        }

        fann_type get_bit_fail_limit()
        {
            return ann == NULL ? static_cast<fann_type>(0) : fann_get_bit_fail_limit(ann);
        }

        void set_bit_fail_limit(fann_type bit_fail_limit)
        {
            if (ann != NULL)
                fann_set_bit_fail_limit(ann, bit_fail_limit);
        }

        /* ---- quickprop, RPROP, SARPROP ---- */

        float get_quickprop_decay()
        {
            return ann == NULL ? 0.0f : fann_get_quickprop_decay(ann);
        }

        void set_quickprop_decay(float quickprop_decay)
        {
            if (ann != NULL)
                fann_set_quickprop_decay(ann, quickprop_decay);
        }

        float get_quickprop_mu()
        {
            return ann == NULL ? 0.0f : fann_get_quickprop_mu(ann);
        }

        void set_quickprop_mu(float quickprop_mu)
        {
            if (ann != NULL)
                fann_set_quickprop_mu(ann, quickprop_mu);
        }

        float get_rprop_increase_factor()
        {
            return ann == NULL ? 0.0f : fann_get_rprop_increase_factor(ann);
        }

        void set_rprop_increase_factor(float rprop_increase_factor)
        {
            if (ann != NULL)
                fann_set_rprop_increase_factor(ann, rprop_increase_factor);
        }

        float get_rprop_decrease_factor()
        {
            return ann == NULL ? 0.0f : fann_get_rprop_decrease_factor(ann);
        }

        void set_rprop_decrease_factor(float rprop_decrease_factor)
        {
            if (ann != NULL)
                fann_set_rprop_decrease_factor(ann, rprop_decrease_factor);
        }

        float get_rprop_delta_zero()
        {
            return ann == NULL ? 0.0f : fann_get_rprop_delta_zero(ann);
        }

        void set_rprop_delta_zero(float rprop_delta_zero)
        {
            if (ann != NULL)
                fann_set_rprop_delta_zero(ann, rprop_delta_zero);
        }

        float get_rprop_delta_min()
        {
            return ann == NULL ? 0.0f : fann_get_rprop_delta_min(ann);
        }

        void set_rprop_delta_min(float rprop_delta_min)
        {
            if (ann != NULL)
                fann_set_rprop_delta_min(ann, rprop_delta_min);
        }

        float get_rprop_delta_max()
        {
            return ann == NULL ? 0.0f : fann_get_rprop_delta_max(ann);
        }

        void set_rprop_delta_max(float rprop_delta_max)
        {
            if (ann != NULL)
                fann_set_rprop_delta_max(ann, rprop_delta_max);
        }

        float get_sarprop_weight_decay_shift()
        {
            return ann == NULL ? 0.0f : fann_get_sarprop_weight_decay_shift(ann);
        }

        void set_sarprop_weight_decay_shift(float sarprop_weight_decay_shift)
        {
            if (ann != NULL)
                fann_set_sarprop_weight_decay_shift(ann, sarprop_weight_decay_shift);
        }

        float get_sarprop_step_error_threshold_factor()
        {
            return ann == NULL ? 0.0f : fann_get_sarprop_step_error_threshold_factor(ann);
        }

        void set_sarprop_step_error_threshold_factor(float sarprop_step_error_threshold_factor)
        {
            if (ann != NULL)
                fann_set_sarprop_step_error_threshold_factor(ann, sarprop_step_error_threshold_factor);
        }

        float get_sarprop_step_error_shift()
        {
            return ann == NULL ? 0.0f : fann_get_sarprop_step_error_shift(ann);
        }

        void set_sarprop_step_error_shift(float sarprop_step_error_shift)
        {
            if (ann != NULL)
                fann_set_sarprop_step_error_shift(ann, sarprop_step_error_shift);
        }

        float get_sarprop_temperature()
        {
            return ann == NULL ? 0.0f : fann_get_sarprop_temperature(ann);
        }

        void set_sarprop_temperature(float sarprop_temperature)
        {
            if (ann != NULL)
                fann_set_sarprop_temperature(ann, sarprop_temperature);
        }

        /* ---- structure ---- */

        unsigned int get_num_input()
        {
            return ann == NULL ? 0 : fann_get_num_input(ann);
        }

        unsigned int get_num_output()
        {
            return ann == NULL ? 0 : fann_get_num_output(ann);
        }

        unsigned int get_total_neurons()
        {
            return ann == NULL ? 0 : fann_get_total_neurons(ann);
        }

        unsigned int get_total_connections()
        {
            return ann == NULL ? 0 : fann_get_total_connections(ann);
        }

#ifdef FIXEDFANN
        /* Position of the decimal point of the fixed point network. */
        unsigned int get_decimal_point()
        {
            return ann == NULL ? 0 : fann_get_decimal_point(ann);
        }

        /* 1 << get_decimal_point(). */
        unsigned int get_multiplier()
        {
            return ann == NULL ? 0 : fann_get_multiplier(ann);
        }
#endif /* FIXEDFANN */

        network_type_enum get_network_type()
        {
            return ann == NULL ? LAYER : static_cast<network_type_enum>(fann_get_network_type(ann));
        }

        float get_connection_rate()
        {
            return ann == NULL ? 0.0f : fann_get_connection_rate(ann);
        }

        unsigned int get_num_layers()
        {
            return ann == NULL ? 0 : fann_get_num_layers(ann);
        }

        /* Writes get_num_layers() layer sizes (without bias neurons). */
        void get_layer_array(unsigned int *layers)
        {
            if (ann != NULL)
                fann_get_layer_array(ann, layers);
        }

        /* Writes get_num_layers() bias counts. */
        void get_bias_array(unsigned int *bias)
        {
            if (ann != NULL)
                fann_get_bias_array(ann, bias);
        }

        /* Writes get_total_connections() connections. */
        void get_connection_array(connection *connections)
        {
            if (ann != NULL)
                fann_get_connection_array(ann, connections);
        }

        /* Sets the weight of every listed connection (unknown ones are ignored). */
        void set_weight_array(connection *connections, unsigned int num_connections)
        {
            if (ann != NULL)
                fann_set_weight_array(ann, connections, num_connections);
        }

        void set_weight(unsigned int from_neuron, unsigned int to_neuron, fann_type weight)
        {
            if (ann != NULL)
                fann_set_weight(ann, from_neuron, to_neuron, weight);
        }

        /* Copies the get_total_connections() weights out of / into the network. */
        void get_weights(fann_type *weights)
        {
            if (ann != NULL && weights != NULL && ann->total_connections != 0)
                memcpy(weights, ann->weights, ann->total_connections * sizeof(fann_type));
        }

        void set_weights(fann_type *weights)
        {
            if (ann != NULL && weights != NULL && ann->total_connections != 0)
                memcpy(ann->weights, weights, ann->total_connections * sizeof(fann_type));
        }

        /* Stop / resume the reseeding of rand() by network creation (library extension of
           later FANN versions; not in FANN 2.2.0's libraries). */
        static void disable_seed_rand()
        {
            fann_disable_seed_rand();
        }

        static void enable_seed_rand()
        {
            fann_enable_seed_rand();
        }

#ifndef FIXEDFANN
        /* ---- cascade training (for networks made with create_shortcut) ---- */

        void cascadetrain_on_data(const training_data &data, unsigned int max_neurons,
                                  unsigned int neurons_between_reports, float desired_error)
        {
            if (ann == NULL || data.train_data == NULL)
                return;
            fann_cascadetrain_on_data(ann, data.train_data, max_neurons, neurons_between_reports,
                                      desired_error);
            rethrow_callback_exception();
        }

        void cascadetrain_on_file(const std::string &filename, unsigned int max_neurons,
                                  unsigned int neurons_between_reports, float desired_error)
        {
            if (ann == NULL)
                return;
            fann_cascadetrain_on_file(ann, filename.c_str(), max_neurons, neurons_between_reports,
                                      desired_error);
            rethrow_callback_exception();
        }
#endif /* FIXEDFANN */

        float get_cascade_output_change_fraction()
        {
            return ann == NULL ? 0.0f : fann_get_cascade_output_change_fraction(ann);
        }

        void set_cascade_output_change_fraction(float cascade_output_change_fraction)
        {
            if (ann != NULL)
                fann_set_cascade_output_change_fraction(ann, cascade_output_change_fraction);
        }

        unsigned int get_cascade_output_stagnation_epochs()
        {
            return ann == NULL ? 0 : fann_get_cascade_output_stagnation_epochs(ann);
        }

        void set_cascade_output_stagnation_epochs(unsigned int cascade_output_stagnation_epochs)
        {
            if (ann != NULL)
                fann_set_cascade_output_stagnation_epochs(ann, cascade_output_stagnation_epochs);
        }

        float get_cascade_candidate_change_fraction()
        {
            return ann == NULL ? 0.0f : fann_get_cascade_candidate_change_fraction(ann);
        }

        void set_cascade_candidate_change_fraction(float cascade_candidate_change_fraction)
        {
            if (ann != NULL)
                fann_set_cascade_candidate_change_fraction(ann, cascade_candidate_change_fraction);
        }

        unsigned int get_cascade_candidate_stagnation_epochs()
        {
            return ann == NULL ? 0 : fann_get_cascade_candidate_stagnation_epochs(ann);
        }

        void set_cascade_candidate_stagnation_epochs(unsigned int cascade_candidate_stagnation_epochs)
        {
            if (ann != NULL)
                fann_set_cascade_candidate_stagnation_epochs(ann, cascade_candidate_stagnation_epochs);
        }

        fann_type get_cascade_weight_multiplier()
        {
            return ann == NULL ? static_cast<fann_type>(0) : fann_get_cascade_weight_multiplier(ann);
        }

        void set_cascade_weight_multiplier(fann_type cascade_weight_multiplier)
        {
            if (ann != NULL)
                fann_set_cascade_weight_multiplier(ann, cascade_weight_multiplier);
        }

        fann_type get_cascade_candidate_limit()
        {
            return ann == NULL ? static_cast<fann_type>(0) : fann_get_cascade_candidate_limit(ann);
        }

        void set_cascade_candidate_limit(fann_type cascade_candidate_limit)
        {
            if (ann != NULL)
                fann_set_cascade_candidate_limit(ann, cascade_candidate_limit);
        }

        unsigned int get_cascade_max_out_epochs()
        {
            return ann == NULL ? 0 : fann_get_cascade_max_out_epochs(ann);
        }

        void set_cascade_max_out_epochs(unsigned int cascade_max_out_epochs)
        {
            if (ann != NULL)
                fann_set_cascade_max_out_epochs(ann, cascade_max_out_epochs);
        }

        unsigned int get_cascade_min_out_epochs()
        {
            return ann == NULL ? 0 : fann_get_cascade_min_out_epochs(ann);
        }

        void set_cascade_min_out_epochs(unsigned int cascade_min_out_epochs)
        {
            if (ann != NULL)
                fann_set_cascade_min_out_epochs(ann, cascade_min_out_epochs);
        }

        unsigned int get_cascade_max_cand_epochs()
        {
            return ann == NULL ? 0 : fann_get_cascade_max_cand_epochs(ann);
        }

        void set_cascade_max_cand_epochs(unsigned int cascade_max_cand_epochs)
        {
            if (ann != NULL)
                fann_set_cascade_max_cand_epochs(ann, cascade_max_cand_epochs);
        }

        unsigned int get_cascade_min_cand_epochs()
        {
            return ann == NULL ? 0 : fann_get_cascade_min_cand_epochs(ann);
        }

        void set_cascade_min_cand_epochs(unsigned int cascade_min_cand_epochs)
        {
            if (ann != NULL)
                fann_set_cascade_min_cand_epochs(ann, cascade_min_cand_epochs);
        }

        /* functions x steepnesses x candidate groups. */
        unsigned int get_cascade_num_candidates()
        {
            return ann == NULL ? 0 : fann_get_cascade_num_candidates(ann);
        }

        unsigned int get_cascade_activation_functions_count()
        {
            return ann == NULL ? 0 : fann_get_cascade_activation_functions_count(ann);
        }

        /* The network's own array (valid until the next set or destroy). */
        activation_function_enum *get_cascade_activation_functions()
        {
            if (ann == NULL)
                return NULL;
            return reinterpret_cast<activation_function_enum *>(fann_get_cascade_activation_functions(ann));
        }

        void set_cascade_activation_functions(activation_function_enum *cascade_activation_functions,
                                              unsigned int cascade_activation_functions_count)
        {
            if (ann != NULL)
                fann_set_cascade_activation_functions(
                    ann, reinterpret_cast<enum fann_activationfunc_enum *>(cascade_activation_functions),
                    cascade_activation_functions_count);
        }

        unsigned int get_cascade_activation_steepnesses_count()
        {
            return ann == NULL ? 0 : fann_get_cascade_activation_steepnesses_count(ann);
        }

        /* The network's own array (valid until the next set or destroy). */
        fann_type *get_cascade_activation_steepnesses()
        {
            return ann == NULL ? NULL : fann_get_cascade_activation_steepnesses(ann);
        }

        void set_cascade_activation_steepnesses(fann_type *cascade_activation_steepnesses,
                                                unsigned int cascade_activation_steepnesses_count)
        {
            if (ann != NULL)
                fann_set_cascade_activation_steepnesses(ann, cascade_activation_steepnesses,
                                                        cascade_activation_steepnesses_count);
        }

        unsigned int get_cascade_num_candidate_groups()
        {
            return ann == NULL ? 0 : fann_get_cascade_num_candidate_groups(ann);
        }

        void set_cascade_num_candidate_groups(unsigned int cascade_num_candidate_groups)
        {
            if (ann != NULL)
                fann_set_cascade_num_candidate_groups(ann, cascade_num_candidate_groups);
        }

#ifndef FIXEDFANN
        /* ---- scaling (parameters computed by set_*_scaling_params) ---- */

        void scale_train(training_data &data)
        {
            if (ann != NULL && data.train_data != NULL)
                fann_scale_train(ann, data.train_data);
        }

        void descale_train(training_data &data)
        {
            if (ann != NULL && data.train_data != NULL)
                fann_descale_train(ann, data.train_data);
        }

        bool set_input_scaling_params(const training_data &data, float new_input_min,
                                      float new_input_max)
        {
            if (ann == NULL || data.train_data == NULL)
                return false;
            return fann_set_input_scaling_params(ann, data.train_data, new_input_min,
                                                 new_input_max) != -1;
        }

        bool set_output_scaling_params(const training_data &data, float new_output_min,
                                       float new_output_max)
        {
            if (ann == NULL || data.train_data == NULL)
                return false;
            return fann_set_output_scaling_params(ann, data.train_data, new_output_min,
                                                  new_output_max) != -1;
        }

        bool set_scaling_params(const training_data &data, float new_input_min,
                                float new_input_max, float new_output_min, float new_output_max)
        {
            if (ann == NULL || data.train_data == NULL)
                return false;
            return fann_set_scaling_params(ann, data.train_data, new_input_min, new_input_max,
                                           new_output_min, new_output_max) != -1;
        }

        bool clear_scaling_params()
        {
            if (ann == NULL)
                return false;
            return fann_clear_scaling_params(ann) != -1;
        }

        void scale_input(fann_type *input_vector)
        {
            if (ann != NULL)
                fann_scale_input(ann, input_vector);
        }

        void scale_output(fann_type *output_vector)
        {
            if (ann != NULL)
                fann_scale_output(ann, output_vector);
        }

        void descale_input(fann_type *input_vector)
        {
            if (ann != NULL)
                fann_descale_input(ann, input_vector);
        }

        void descale_output(fann_type *output_vector)
        {
            if (ann != NULL)
                fann_descale_output(ann, output_vector);
        }
#endif /* FIXEDFANN */

        /* ---- errors ---- */

        /* Where this network's errors are printed (NULL: nowhere). On an empty object it sets
           the default log of structures created later and of errors without a structure. */
        void set_error_log(FILE *log_file)
        {
            fann_set_error_log(as_error(), log_file);
        }

        /* Last error code (0: none, or an empty object). */
        unsigned int get_errno()
        {
            return ann == NULL ? 0 : static_cast<unsigned int>(fann_get_errno(as_error()));
        }

        void reset_errno()
        {
            if (ann != NULL)
                fann_reset_errno(as_error());
        }

        void reset_errstr()
        {
            if (ann != NULL)
                fann_reset_errstr(as_error());
        }

        /* Last error message ("" if none) and resets the error state. (With FANN 2.2.0's own
           library this reads memory fann_get_errstr has already freed: its bug.) */
        std::string get_errstr()
        {
            if (ann == NULL)
                return std::string();
            const char *text = fann_get_errstr(as_error());
            return text == NULL ? std::string() : std::string(text);
        }

        /* Prints the last error to stderr. */
        void print_error()
        {
            if (ann != NULL)
                fann_print_error(as_error());
        }

    private:
        /* What set_callback stores in the network's user_data. */
        struct user_context
        {
            callback_type user_callback;
            void *user_data;
            neural_net *net;
#if __cplusplus >= 201103L
            std::exception_ptr pending;
#endif
        };

        /* The C callback installed by set_callback. */
        static int FANN_API internal_callback(struct fann *c_ann, struct fann_train_data *train,
                                              unsigned int max_epochs,
                                              unsigned int epochs_between_reports,
                                              float desired_error, unsigned int epochs)
        {
            user_context *record = static_cast<user_context *>(fann_get_user_data(c_ann));
            if (record == NULL || record->user_callback == NULL)
                return -1;
            borrowed_data data(train);
#if __cplusplus >= 201103L
            try {
                return record->user_callback(*record->net, data.object, max_epochs,
                                             epochs_between_reports, desired_error, epochs,
                                             record->user_data);
            } catch (...) {
                /* never unwind through the C library; rethrown by the training method */
                record->pending = std::current_exception();
                return -1;
            }
#else
            return record->user_callback(*record->net, data.object, max_epochs,
                                         epochs_between_reports, desired_error, epochs,
                                         record->user_data);
#endif
        }

        /* A training_data that shows, but never frees, the library's data. */
        struct borrowed_data
        {
            training_data object;
            explicit borrowed_data(struct fann_train_data *data)
            {
                object.train_data = data;
            }
            ~borrowed_data()
            {
                object.train_data = NULL;
            }
        };

        /* The set_callback record of this network, or NULL. */
        user_context *context()
        {
            if (ann == NULL || ann->callback != &internal_callback)
                return NULL;
            return static_cast<user_context *>(ann->user_data);
        }

        void rethrow_callback_exception()
        {
#if __cplusplus >= 201103L
            user_context *record = context();
            if (record != NULL && record->pending) {
                std::exception_ptr error = record->pending;
                record->pending = std::exception_ptr();
                std::rethrow_exception(error);
            }
#endif
        }

#if __cplusplus >= 201103L
        /* Takes over other's network (move). */
        void take(neural_net &other) noexcept
        {
            ann = other.ann;
            other.ann = NULL;
            user_context *record = context();
            if (record != NULL)
                record->net = this;
        }
#endif

        /* Restores on copy what fann_copy of FANN 2.2.0 leaves at its defaults. */
        static void carry_settings(struct fann *from, struct fann *to)
        {
            fann_set_training_algorithm(to, fann_get_training_algorithm(from));
            fann_set_sarprop_weight_decay_shift(to, fann_get_sarprop_weight_decay_shift(from));
            fann_set_sarprop_step_error_threshold_factor(
                to, fann_get_sarprop_step_error_threshold_factor(from));
            fann_set_sarprop_step_error_shift(to, fann_get_sarprop_step_error_shift(from));
            fann_set_sarprop_temperature(to, fann_get_sarprop_temperature(from));
            fann_set_cascade_min_out_epochs(to, fann_get_cascade_min_out_epochs(from));
            fann_set_cascade_min_cand_epochs(to, fann_get_cascade_min_cand_epochs(from));
            to->sarprop_epoch = from->sarprop_epoch;
        }

        /* Reads the num_layers unsigned layer sizes from the varargs. An absurd count (more
           than 100000 layers, surely not what the caller passed) is not read and becomes 0,
           which the C library rejects with error 11 as it does for fewer than 2 layers. */
        static unsigned int read_layer_sizes(unsigned int num_layers, va_list args,
                                             std::vector<unsigned int> &sizes)
        {
            if (num_layers > 100000)
                num_layers = 0;
            sizes.assign(num_layers + 1, 0);
            for (unsigned int i = 0; i < num_layers; i++)
                sizes[i] = va_arg(args, unsigned int);
            return num_layers;
        }

        static enum fann_activationfunc_enum c_activation(activation_function_enum f)
        {
            return static_cast<enum fann_activationfunc_enum>(f);
        }

        struct fann_error *as_error()
        {
            return reinterpret_cast<struct fann_error *>(ann);
        }

    protected:
        /* The owned C network, or NULL. */
        struct fann *ann;
    };
}

#endif /* FANN_CPP_H_INCLUDED */
