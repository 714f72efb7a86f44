// Test of the C++ wrapper fann_cpp.h: every method of FANN::training_data and FANN::neural_net,
// copy and move semantics (independent deep copies, no double free: run under
// -fsanitize=address), error handling, training data operations, callbacks.
//
// Built once per number type: -DWRAPPER_FLOAT (default), -DWRAPPER_DOUBLE, -DWRAPPER_FIXED
// (only what libfixedfann provides). -DFANN_2_2_LIBRARY when the library is FANN 2.2.0's
// own (Debian): skips the extensions it lacks (fann_disable_seed_rand) and the text of
// get_errstr (FANN 2.2.0 returns freed memory).
//
//   cpp_wrapper DATADIR WORKDIR
//
// DATADIR holds xor.data and scaling.data; files are written to WORKDIR. Prints one line per
// failed check and "cpp_wrapper: N checks passed" at the end; exit status 1 on any failure.
#if defined(WRAPPER_DOUBLE)
#include "doublefann.h"
#define VARIANT "double"
#elif defined(WRAPPER_FIXED)
#include "fixedfann.h"
#define VARIANT "fixed"
#else
#include "floatfann.h"
#define VARIANT "float"
#endif
#include "fann_cpp.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

int checks = 0;
int failures = 0;
std::string data_dir, work_dir;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        ++checks;                                                                     \
        if (!(cond)) {                                                                \
            ++failures;                                                               \
            std::printf("FAIL %s:%d [%s]: %s\n", __FILE__, __LINE__, VARIANT, #cond); \
        }                                                                             \
    } while (0)

inline bool near(double a, double b, double tolerance = 1e-5)
{
    return std::fabs(a - b) <= tolerance;
}

std::string data_file(const char *name)
{
    return data_dir + "/" + name;
}

std::string work_file(const char *name)
{
    return work_dir + "/" + name;
}

// Captures what FANN prints through an error log. text() returns what was written since
// the previous call; the FILE stays the same (FANN keeps pointers to it).
class captured_log
{
public:
    captured_log() : file(std::tmpfile()), seen(0)
    {
    }
    ~captured_log()
    {
        if (file != NULL)
            std::fclose(file);
    }
    FILE *get()
    {
        return file;
    }
    std::string text()
    {
        std::string out;
        if (file == NULL)
            return out;
        std::fflush(file);
        long end = std::ftell(file);
        if (end > seen) {
            std::vector<char> buffer(static_cast<size_t>(end - seen));
            std::fseek(file, seen, SEEK_SET);
            size_t n = std::fread(&buffer[0], 1, buffer.size(), file);
            out.assign(&buffer[0], n);
            std::fseek(file, end, SEEK_SET);
            seen = end;
        }
        return out;
    }

private:
    FILE *file;
    long seen;
    captured_log(const captured_log &);
    captured_log &operator=(const captured_log &);
};

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// Access to the wrapped C structures (protected members), to check ownership.
struct exposed_net : public FANN::neural_net
{
    static struct fann *FANN::neural_net::*member()
    {
        return &exposed_net::ann;
    }
};

struct exposed_data : public FANN::training_data
{
    static struct fann_train_data *FANN::training_data::*member()
    {
        return &exposed_data::train_data;
    }
};

struct fann *raw_of(FANN::neural_net &net)
{
    return net.*exposed_net::member();
}

struct fann_train_data *raw_of(FANN::training_data &data)
{
    return data.*exposed_data::member();
}

fann_type from_double(double x)
{
#ifdef FIXEDFANN
    return static_cast<fann_type>(x * 256);
#else
    return static_cast<fann_type>(x);
#endif
}

void fill_pattern(unsigned int num, unsigned int num_input, unsigned int num_output,
                  fann_type *input, fann_type *output)
{
    for (unsigned int i = 0; i < num_input; ++i)
        input[i] = static_cast<fann_type>(num * 10 + i);
    for (unsigned int i = 0; i < num_output; ++i)
        output[i] = static_cast<fann_type>(num * 100 + i);
}

// ---------------------------------------------------------------------------------------
// training_data

void test_empty_data()
{
    FANN::training_data data;
    CHECK(data.length_train_data() == 0);
    CHECK(data.num_input_train_data() == 0);
    CHECK(data.num_output_train_data() == 0);
    CHECK(data.get_input() == NULL);
    CHECK(data.get_output() == NULL);
    CHECK(data.get_train_input(0) == NULL);
    CHECK(data.get_train_output(0) == NULL);
    CHECK(data.get_min_input() == 0);
    CHECK(data.get_max_input() == 0);
    CHECK(data.get_min_output() == 0);
    CHECK(data.get_max_output() == 0);
    CHECK(!data.save_train(work_file("never.data")));
    CHECK(!data.save_train_to_fixed(work_file("never.data"), 8));
    data.shuffle_train_data();
    data.scale_input_train_data(0, 1);
    data.scale_output_train_data(0, 1);
    data.scale_train_data(0, 1);
    data.subset_train_data(0, 1);
    data.merge_train_data(FANN::training_data());
    data.destroy_train();
    data.set_error_log(NULL);
    data.reset_errno();
    data.reset_errstr();
    data.print_error();
    CHECK(data.get_errno() == 0);
    CHECK(data.get_errstr().empty());
    CHECK(data.length_train_data() == 0);
}

void test_read_save_data()
{
    FANN::training_data data;
    CHECK(data.read_train_from_file(data_file("xor.data")));
    CHECK(data.length_train_data() == 4);
    CHECK(data.num_input_train_data() == 2);
    CHECK(data.num_output_train_data() == 1);
    CHECK(data.get_input() != NULL && data.get_output() != NULL);
    CHECK(data.get_input()[1][0] == -1 && data.get_input()[1][1] == 1);
    CHECK(data.get_output()[1][0] == 1);
    CHECK(data.get_train_input(3) == data.get_input()[3]);
    CHECK(data.get_train_output(3) == data.get_output()[3]);
    CHECK(data.get_train_input(4) == NULL);
    CHECK(data.get_train_output(4) == NULL);
    CHECK(data.get_min_input() == -1 && data.get_max_input() == 1);
    CHECK(data.get_min_output() == -1 && data.get_max_output() == 1);

    CHECK(data.save_train(work_file("xor_copy.data")));
    FANN::training_data again;
    CHECK(again.read_train_from_file(work_file("xor_copy.data")));
    CHECK(again.length_train_data() == 4);
    for (unsigned int i = 0; i < 4; ++i) {
        CHECK(again.get_input()[i][0] == data.get_input()[i][0]);
        CHECK(again.get_input()[i][1] == data.get_input()[i][1]);
        CHECK(again.get_output()[i][0] == data.get_output()[i][0]);
    }

    CHECK(data.save_train_to_fixed(work_file("xor_fixed8.data"), 8));
    FANN::training_data fixed;
    CHECK(fixed.read_train_from_file(work_file("xor_fixed8.data")));
#ifdef FIXEDFANN
    CHECK(fixed.get_input()[0][0] == -1); // the fixed library writes its integers unchanged
#else
    CHECK(fixed.get_input()[0][0] == -256);
#endif

    // failures: unreadable file, unwritable file
    captured_log log;
    fann_set_error_log(NULL, log.get());
    FANN::training_data missing;
    CHECK(missing.read_train_from_file(data_file("xor.data"))); // replaced below
    CHECK(!missing.read_train_from_file(work_file("no-such-file.data")));
    CHECK(missing.length_train_data() == 0 && missing.get_input() == NULL);
    CHECK(contains(log.text(), "Unable to open configuration file"));
    CHECK(!data.save_train(work_file("no-such-dir/x.data")));
    CHECK(data.get_errno() == FANN_E_CANT_OPEN_TD_W);
    data.reset_errno();
    CHECK(data.get_errno() == 0);
    data.reset_errstr();
    CHECK(!data.save_train_to_fixed(work_file("no-such-dir/x.data"), 8));
    CHECK(data.get_errno() == FANN_E_CANT_OPEN_TD_W);
    data.set_error_log(NULL); // this data now prints nowhere
    fann_set_error_log(NULL, reinterpret_cast<FILE *>(-1));
    log.text();
    CHECK(!data.save_train(work_file("no-such-dir/x.data")));
    CHECK(data.get_errno() == FANN_E_CANT_OPEN_TD_W);
    data.reset_errno();
}

void test_data_copies()
{
    FANN::training_data original;
    CHECK(original.read_train_from_file(data_file("xor.data")));

    // copy constructor: a different, equal, independent set
    FANN::training_data copy(original);
    CHECK(raw_of(copy) != NULL && raw_of(copy) != raw_of(original));
    CHECK(copy.length_train_data() == 4 && copy.get_input()[2][0] == original.get_input()[2][0]);
    copy.get_input()[2][0] = 42;
    CHECK(original.get_input()[2][0] == 1);

    // copy of an empty set
    FANN::training_data empty;
    FANN::training_data empty_copy(empty);
    CHECK(raw_of(empty_copy) == NULL);

    // copy assignment, self assignment, empty over full
    FANN::training_data assigned;
    assigned = original;
    CHECK(raw_of(assigned) != raw_of(original) && assigned.length_train_data() == 4);
    assigned.get_output()[0][0] = 7;
    CHECK(original.get_output()[0][0] == -1);
    FANN::training_data &alias = assigned;
    assigned = alias;
    CHECK(assigned.length_train_data() == 4 && assigned.get_output()[0][0] == 7);
    assigned = empty;
    CHECK(assigned.length_train_data() == 0 && raw_of(assigned) == NULL);

    // copies die in any order
    {
        FANN::training_data *a = new FANN::training_data(original);
        FANN::training_data b(*a);
        delete a;
        CHECK(b.length_train_data() == 4 && b.get_input()[3][1] == 1);
    }

    // moves
    FANN::training_data source(original);
    struct fann_train_data *inner = raw_of(source);
    FANN::training_data moved(std::move(source));
    CHECK(raw_of(moved) == inner && raw_of(source) == NULL);
    FANN::training_data move_assigned;
    move_assigned = std::move(moved);
    CHECK(raw_of(move_assigned) == inner && raw_of(moved) == NULL);
    CHECK(source.length_train_data() == 0 && move_assigned.length_train_data() == 4);
    move_assigned = std::move(move_assigned); // self move keeps the data
    CHECK(move_assigned.length_train_data() == 4);
}

void test_data_building()
{
    // set_train_data from arrays of rows: copied
    fann_type in0[] = {1, 2}, in1[] = {3, 4}, in2[] = {5, 6};
    fann_type out0[] = {7}, out1[] = {8}, out2[] = {9};
    fann_type *inputs[] = {in0, in1, in2};
    fann_type *outputs[] = {out0, out1, out2};
    FANN::training_data data;
    data.set_train_data(3, 2, inputs, 1, outputs);
    CHECK(data.length_train_data() == 3 && data.num_input_train_data() == 2 &&
          data.num_output_train_data() == 1);
    in1[0] = 100;
    CHECK(data.get_input()[1][0] == 3 && data.get_input()[2][1] == 6 && data.get_output()[2][0] == 9);
    CHECK(data.get_errno() == 0); // initialised error fields
    CHECK(data.get_min_input() == 1 && data.get_max_input() == 6);
    CHECK(data.get_min_output() == 7 && data.get_max_output() == 9);

    // set_train_data from flat arrays
    fann_type flat_in[] = {1, 2, 3, 4, 5, 6, 7, 8};
    fann_type flat_out[] = {-1, -2, -3, -4};
    data.set_train_data(2, 4, flat_in, 2, flat_out);
    CHECK(data.length_train_data() == 2 && data.num_input_train_data() == 4 &&
          data.num_output_train_data() == 2);
    CHECK(data.get_input()[1][0] == 5 && data.get_input()[1][3] == 8);
    CHECK(data.get_output()[1][0] == -3 && data.get_output()[1][1] == -4);

    // create_train_from_callback
    data.create_train_from_callback(5, 3, 2, fill_pattern);
    CHECK(data.length_train_data() == 5 && data.num_input_train_data() == 3 &&
          data.num_output_train_data() == 2);
    CHECK(data.get_input()[4][2] == 42 && data.get_output()[3][1] == 301);

    // a zero-length set
    data.create_train_from_callback(0, 3, 2, fill_pattern);
    CHECK(data.length_train_data() == 0 && data.get_min_input() == 0);
}

void test_data_operations()
{
    FANN::training_data xor_data;
    CHECK(xor_data.read_train_from_file(data_file("xor.data")));

    // shuffle: same rows, each still with its own output (xor)
    FANN::training_data big;
    big.create_train_from_callback(50, 3, 2, fill_pattern);
    std::srand(3);
    big.shuffle_train_data();
    bool moved = false, paired = true;
    std::vector<int> seen(50, 0);
    for (unsigned int i = 0; i < 50; ++i) {
        int row = static_cast<int>(big.get_input()[i][0]) / 10;
        if (row != static_cast<int>(i))
            moved = true;
        if (row < 0 || row >= 50)
            continue;
        seen[static_cast<size_t>(row)]++;
        if (big.get_output()[i][0] != static_cast<fann_type>(row * 100) ||
            big.get_input()[i][2] != static_cast<fann_type>(row * 10 + 2))
            paired = false;
    }
    CHECK(moved && paired);
    CHECK(std::count(seen.begin(), seen.end(), 1) == 50);

    // merge
    FANN::training_data merged(xor_data);
    merged.merge_train_data(xor_data);
    CHECK(merged.length_train_data() == 8);
    CHECK(merged.get_input()[5][0] == xor_data.get_input()[1][0] &&
          merged.get_output()[7][0] == xor_data.get_output()[3][0]);
    FANN::training_data into_empty;
    into_empty.merge_train_data(xor_data);
    CHECK(into_empty.length_train_data() == 4 && raw_of(into_empty) != raw_of(xor_data));
    merged.merge_train_data(FANN::training_data());
    CHECK(merged.length_train_data() == 8);

    captured_log log;
    merged.set_error_log(log.get());
    FANN::training_data other_shape;
    other_shape.create_train_from_callback(2, 3, 1, fill_pattern);
    merged.merge_train_data(other_shape);
    CHECK(merged.length_train_data() == 8); // unchanged
    CHECK(merged.get_errno() == FANN_E_TRAIN_DATA_MISMATCH);
    CHECK(contains(log.text(), "FANN Error 14: Training data must be of equivalent structure."));
#ifndef FANN_2_2_LIBRARY
    CHECK(merged.get_errstr() == "Training data must be of equivalent structure.\n");
    CHECK(merged.get_errno() == 0 && merged.get_errstr().empty());
#else
    merged.reset_errno();
    merged.reset_errstr();
#endif

    // subset
    FANN::training_data subset(xor_data);
    subset.subset_train_data(1, 2);
    CHECK(subset.length_train_data() == 2);
    CHECK(subset.get_input()[0][0] == xor_data.get_input()[1][0] &&
          subset.get_input()[1][1] == xor_data.get_input()[2][1] &&
          subset.get_output()[1][0] == xor_data.get_output()[2][0]);
    subset.set_error_log(log.get());
    subset.subset_train_data(1, 5);
    CHECK(subset.length_train_data() == 2); // unchanged
    CHECK(subset.get_errno() == FANN_E_TRAIN_DATA_SUBSET);
    CHECK(contains(log.text(), "Subset from 1 of length 5 not valid in training set of length 2."));
    subset.print_error(); // to stderr
#ifndef FANN_2_2_LIBRARY
    CHECK(subset.get_errstr() == "Subset from 1 of length 5 not valid in training set of length 2.\n");
#endif
    subset.reset_errno();
    subset.reset_errstr();
    CHECK(subset.get_errno() == 0);
    subset.subset_train_data(2, 0);
    CHECK(subset.length_train_data() == 0);

    // scaling of the data itself (inputs 0..92, outputs 0..901). The target ranges are
    // multiples of the old ones: the fixed point library scales by an integer factor.
    FANN::training_data scaled;
    scaled.create_train_from_callback(10, 3, 2, fill_pattern);
    CHECK(scaled.get_min_input() == 0 && scaled.get_max_input() == 92);
    CHECK(scaled.get_min_output() == 0 && scaled.get_max_output() == 901);
    scaled.scale_input_train_data(-92, 92);
    CHECK(scaled.get_min_input() == -92 && scaled.get_max_input() == 92);
    CHECK(scaled.get_input()[5][1] == 10 && scaled.get_max_output() == 901);
    scaled.scale_output_train_data(0, 1802);
    CHECK(scaled.get_min_output() == 0 && scaled.get_max_output() == 1802);
    CHECK(scaled.get_output()[3][1] == 602 && scaled.get_max_input() == 92);
    // 165784 = lcm(184, 1802)
    scaled.scale_train_data(-82892, 82892);
    CHECK(scaled.get_min_input() == -82892 && scaled.get_max_input() == 82892);
    CHECK(scaled.get_min_output() == -82892 && scaled.get_max_output() == 82892);
    CHECK(scaled.get_input()[5][1] == 10 * 901 && scaled.get_output()[3][1] == 602 * 92 - 82892);
}

// ---------------------------------------------------------------------------------------
// neural_net

void test_empty_net()
{
    FANN::neural_net net;
    fann_type input[2] = {0, 0};
    FANN::training_data data;
    CHECK(net.run(input) == NULL);
    CHECK(net.test(input, input) == NULL);
    CHECK(net.test_data(data) == 0);
    CHECK(net.get_MSE() == 0 && net.get_bit_fail() == 0);
    CHECK(!net.save(work_file("never.net")));
    CHECK(net.save_to_fixed(work_file("never.net")) == -1);
    CHECK(net.get_num_input() == 0 && net.get_num_output() == 0);
    CHECK(net.get_total_neurons() == 0 && net.get_total_connections() == 0);
    CHECK(net.get_num_layers() == 0 && net.get_connection_rate() == 0);
    CHECK(net.get_network_type() == FANN::LAYER);
    CHECK(net.get_cascade_activation_functions() == NULL);
    CHECK(net.get_cascade_activation_steepnesses() == NULL);
    CHECK(net.get_cascade_num_candidates() == 0);
    CHECK(net.get_errno() == 0 && net.get_errstr().empty());
    CHECK(net.get_activation_steepness(1, 0) == -1);
    net.randomize_weights(0, 1);
    net.init_weights(data);
    net.print_connections();
    net.print_parameters();
    net.reset_MSE();
    net.set_callback(NULL, NULL);
    net.set_learning_rate(0.5f);
    net.set_weight(0, 1, 1);
    net.get_weights(input);
    net.reset_errno();
    net.reset_errstr();
    net.print_error();
#ifndef FIXEDFANN
    net.train(input, input);
    CHECK(net.train_epoch(data) == 0);
    net.train_on_data(data, 10, 1, 0);
    net.train_on_file(data_file("xor.data"), 10, 1, 0);
    net.cascadetrain_on_data(data, 1, 1, 0);
    CHECK(!net.set_scaling_params(data, -1, 1, -1, 1));
    CHECK(!net.clear_scaling_params());
    net.scale_input(input);
#endif
    net.destroy();
    net.destroy();
    FANN::neural_net copy(net);
    CHECK(raw_of(copy) == NULL);
    FANN::neural_net from_null(static_cast<struct fann *>(NULL));
    CHECK(from_null.get_num_input() == 0);
}

void test_creation()
{
    FANN::neural_net net;
    CHECK(net.create_standard(3, 2, 3, 1));
    CHECK(net.get_num_input() == 2 && net.get_num_output() == 1);
    CHECK(net.get_total_neurons() == 8 && net.get_total_connections() == 13);
    CHECK(net.get_network_type() == FANN::LAYER && net.get_connection_rate() == 1);
    CHECK(net.get_num_layers() == 3);
    unsigned int layers[3] = {0, 0, 0}, bias[3] = {9, 9, 9};
    net.get_layer_array(layers);
    net.get_bias_array(bias);
    CHECK(layers[0] == 2 && layers[1] == 3 && layers[2] == 1);
    CHECK(bias[0] == 1 && bias[1] == 1 && bias[2] == 0);

    const unsigned int sizes[] = {2, 4, 1};
    CHECK(net.create_standard_array(3, sizes)); // replaces the previous network
    CHECK(net.get_total_connections() == 3 * 4 + 5);

    CHECK(net.create_sparse(0.5f, 3, 4, 8, 2));
    CHECK(net.get_connection_rate() == 0.5f && net.get_network_type() == FANN::LAYER);
    CHECK(net.get_total_connections() < 5 * 8 + 9 * 2);
    CHECK(net.create_sparse_array(1.0f, 3, sizes));
    CHECK(net.get_total_connections() == 17);

    CHECK(net.create_shortcut(3, 2, 3, 1));
    CHECK(net.get_network_type() == FANN::SHORTCUT && net.get_total_neurons() == 7);
    CHECK(net.get_total_connections() == 9 + 6);
    net.get_bias_array(bias);
    CHECK(bias[0] == 1 && bias[1] == 0 && bias[2] == 0);
    CHECK(net.create_shortcut_array(2, sizes));
    CHECK(net.get_num_layers() == 2 && net.get_total_connections() == 3 * 4);

    // the later upstream constructors
    FANN::neural_net layered(FANN::LAYER, 3, 2, 3, 1);
    CHECK(layered.get_total_connections() == 13);
    FANN::neural_net shortcut(FANN::SHORTCUT, 3, sizes);
    CHECK(shortcut.get_network_type() == FANN::SHORTCUT && shortcut.get_num_input() == 2);
    FANN::neural_net sparse(0.5f, 3, 4, 8, 2);
    CHECK(sparse.get_connection_rate() == 0.5f);
    FANN::neural_net sparse_array(1.0f, 3, sizes);
    CHECK(sparse_array.get_total_connections() == 17);

    // impossible layer counts: error 11 printed through the default log, empty object
    captured_log log;
    fann_set_error_log(NULL, log.get());
    CHECK(!net.create_standard(1, 2));
    CHECK(raw_of(net) == NULL && net.get_num_input() == 0);
    CHECK(contains(log.text(), "FANN Error 11: Unable to allocate memory."));
    CHECK(!net.create_shortcut(0));
    CHECK(!net.create_sparse(0.5f, 1, 3));
    FANN::neural_net bad(FANN::LAYER, 1, 2);
    CHECK(raw_of(bad) == NULL);
    CHECK(contains(log.text(), "FANN Error 11"));
    fann_set_error_log(NULL, reinterpret_cast<FILE *>(-1));
}

void test_files()
{
    FANN::neural_net net(FANN::LAYER, 3, 2, 3, 1);
    net.randomize_weights(from_double(-0.5), from_double(0.5));
    CHECK(net.save(work_file("wrapper.net")));
    FANN::neural_net loaded(work_file("wrapper.net"));
    CHECK(loaded.get_total_connections() == 13);
    std::vector<fann_type> a(13), b(13);
    net.get_weights(&a[0]);
    loaded.get_weights(&b[0]);
    CHECK(a == b);
    FANN::neural_net again;
    CHECK(again.create_from_file(work_file("wrapper.net")));
    CHECK(again.get_num_layers() == 3);
    int decimal_point = net.save_to_fixed(work_file("wrapper_fixed.net"));
#ifdef FIXEDFANN
    CHECK(decimal_point == 0);
#else
    CHECK(decimal_point > 0 && decimal_point < 31);
#endif

    captured_log log;
    fann_set_error_log(NULL, log.get());
    CHECK(!again.create_from_file(work_file("no-such.net")));
    CHECK(raw_of(again) == NULL);
    CHECK(contains(log.text(), "FANN Error 1: Unable to open configuration file"));
    FANN::neural_net missing(work_file("no-such.net"));
    CHECK(raw_of(missing) == NULL);
    fann_set_error_log(NULL, reinterpret_cast<FILE *>(-1));

    net.set_error_log(log.get());
    CHECK(!net.save(work_file("no-such-dir/x.net")));
    CHECK(net.get_errno() == FANN_E_CANT_OPEN_CONFIG_W);
    CHECK(net.save_to_fixed(work_file("no-such-dir/x.net")) == -1);
    CHECK(contains(log.text(), "FANN Error 2: Unable to open configuration file"));
    net.reset_errno();
    net.reset_errstr();
}

void test_structure_and_weights()
{
    FANN::neural_net net(FANN::LAYER, 3, 2, 2, 1);
    unsigned int n = net.get_total_connections();
    CHECK(n == 9);
    std::vector<FANN::connection> connections(n);
    net.get_connection_array(&connections[0]);
    CHECK(connections[0].from_neuron == 0 && connections[0].to_neuron == 3);
    CHECK(connections[8].from_neuron == 5 && connections[8].to_neuron == 6);
    for (unsigned int i = 0; i < n; ++i)
        connections[i].weight = from_double(0.01 * (i + 1));
    net.set_weight_array(&connections[0], n);
    std::vector<fann_type> weights(n);
    net.get_weights(&weights[0]);
    for (unsigned int i = 0; i < n; ++i)
        CHECK(weights[i] == from_double(0.01 * (i + 1)));
    net.set_weight(1, 4, from_double(0.5));
    net.get_weights(&weights[0]);
    CHECK(weights[4] == from_double(0.5));
    net.set_weight(0, 6, 1); // no such connection: ignored
    weights.assign(n, from_double(0.25));
    net.set_weights(&weights[0]);
    std::vector<fann_type> back(n);
    net.get_weights(&back[0]);
    CHECK(back == weights);

    std::srand(11);
    net.randomize_weights(from_double(-0.2), from_double(0.2));
    net.get_weights(&back[0]);
    bool in_range = true, varied = false;
    for (unsigned int i = 0; i < n; ++i) {
        if (back[i] < from_double(-0.2) || back[i] > from_double(0.2))
            in_range = false;
        if (back[i] != back[0])
            varied = true;
    }
    CHECK(in_range && varied);

    FANN::training_data data;
    CHECK(data.read_train_from_file(data_file("xor.data")));
    net.init_weights(data);
    std::vector<fann_type> initialised(n);
    net.get_weights(&initialised[0]);
    CHECK(initialised != back);

    net.print_connections();
    net.print_parameters();

    fann_type input[2] = {from_double(1), from_double(-1)};
    fann_type *out = net.run(input);
    CHECK(out != NULL);
    fann_type first = out[0];
    CHECK(net.run(input) == out && out[0] == first); // same buffer, same result

#ifdef FIXEDFANN
    CHECK(net.get_decimal_point() == 8 && net.get_multiplier() == 256);
    FANN::neural_net fixed_file(work_file("wrapper_fixed.net"));
    CHECK(fixed_file.get_multiplier() == (1u << fixed_file.get_decimal_point()));
#endif
}

void test_parameters()
{
    FANN::neural_net net(FANN::LAYER, 4, 2, 3, 2, 1);

    net.set_training_algorithm(FANN::TRAIN_QUICKPROP);
    CHECK(net.get_training_algorithm() == FANN::TRAIN_QUICKPROP);
    net.set_learning_rate(0.25f);
    CHECK(net.get_learning_rate() == 0.25f);
    net.set_learning_momentum(0.125f);
    CHECK(net.get_learning_momentum() == 0.125f);

    CHECK(net.get_activation_function(1, 0) == FANN::SIGMOID_STEPWISE);
    net.set_activation_function(FANN::ELLIOT, 1, 2);
    CHECK(net.get_activation_function(1, 2) == FANN::ELLIOT);
    net.set_activation_function_layer(FANN::GAUSSIAN, 2);
    CHECK(net.get_activation_function(2, 0) == FANN::GAUSSIAN && net.get_activation_function(2, 1) == FANN::GAUSSIAN);
    net.set_activation_function_hidden(FANN::SIGMOID_SYMMETRIC);
    CHECK(net.get_activation_function(1, 2) == FANN::SIGMOID_SYMMETRIC &&
          net.get_activation_function(2, 1) == FANN::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(FANN::LINEAR_PIECE);
    CHECK(net.get_activation_function(3, 0) == FANN::LINEAR_PIECE);
    net.set_activation_function_output(FANN::COS);
    CHECK(net.get_activation_function(3, 0) == FANN::COS);
    CHECK(static_cast<int>(FANN::COS) == static_cast<int>(FANN_COS) &&
          static_cast<int>(FANN::SIN) == static_cast<int>(FANN_SIN) &&
          static_cast<int>(FANN::COS_SYMMETRIC) == static_cast<int>(FANN_COS_SYMMETRIC) &&
          FANN::LINEAR_PIECE_RECT == 18 && FANN::LINEAR_PIECE_RECT_LEAKY == 19);

    CHECK(net.get_activation_steepness(1, 0) == from_double(0.5));
    net.set_activation_steepness(from_double(0.75), 1, 1);
    CHECK(net.get_activation_steepness(1, 1) == from_double(0.75));
    net.set_activation_steepness_layer(from_double(0.25), 2);
    CHECK(net.get_activation_steepness(2, 1) == from_double(0.25));
    net.set_activation_steepness_hidden(from_double(1));
    CHECK(net.get_activation_steepness(1, 1) == from_double(1) && net.get_activation_steepness(2, 0) == from_double(1));
    net.set_activation_steepness_output(from_double(0.5));
    CHECK(net.get_activation_steepness(3, 0) == from_double(0.5));

    net.set_train_error_function(FANN::ERRORFUNC_LINEAR);
    CHECK(net.get_train_error_function() == FANN::ERRORFUNC_LINEAR);
    net.set_train_stop_function(FANN::STOPFUNC_BIT);
    CHECK(net.get_train_stop_function() == FANN::STOPFUNC_BIT);
    net.set_bit_fail_limit(from_double(0.125));
    CHECK(net.get_bit_fail_limit() == from_double(0.125));

    net.set_quickprop_decay(-0.5f);
    CHECK(net.get_quickprop_decay() == -0.5f);
    net.set_quickprop_mu(2.5f);
    CHECK(net.get_quickprop_mu() == 2.5f);
    net.set_rprop_increase_factor(1.5f);
    CHECK(net.get_rprop_increase_factor() == 1.5f);
    net.set_rprop_decrease_factor(0.25f);
    CHECK(net.get_rprop_decrease_factor() == 0.25f);
    net.set_rprop_delta_min(0.125f);
    CHECK(net.get_rprop_delta_min() == 0.125f);
    net.set_rprop_delta_max(40.0f);
    CHECK(net.get_rprop_delta_max() == 40.0f);
    net.set_rprop_delta_zero(0.375f);
    CHECK(net.get_rprop_delta_zero() == 0.375f);
    net.set_sarprop_weight_decay_shift(-5.5f);
    CHECK(net.get_sarprop_weight_decay_shift() == -5.5f);
    net.set_sarprop_step_error_threshold_factor(0.25f);
    CHECK(net.get_sarprop_step_error_threshold_factor() == 0.25f);
    net.set_sarprop_step_error_shift(1.5f);
    CHECK(net.get_sarprop_step_error_shift() == 1.5f);
    net.set_sarprop_temperature(0.5f);
    CHECK(net.get_sarprop_temperature() == 0.5f);

    net.set_cascade_output_change_fraction(0.125f);
    CHECK(net.get_cascade_output_change_fraction() == 0.125f);
    net.set_cascade_output_stagnation_epochs(7);
    CHECK(net.get_cascade_output_stagnation_epochs() == 7);
    net.set_cascade_candidate_change_fraction(0.25f);
    CHECK(net.get_cascade_candidate_change_fraction() == 0.25f);
    net.set_cascade_candidate_stagnation_epochs(9);
    CHECK(net.get_cascade_candidate_stagnation_epochs() == 9);
    net.set_cascade_weight_multiplier(from_double(0.5));
    CHECK(net.get_cascade_weight_multiplier() == from_double(0.5));
    net.set_cascade_candidate_limit(from_double(50));
    CHECK(net.get_cascade_candidate_limit() == from_double(50));
    net.set_cascade_max_out_epochs(70);
    CHECK(net.get_cascade_max_out_epochs() == 70);
    net.set_cascade_min_out_epochs(20);
    CHECK(net.get_cascade_min_out_epochs() == 20);
    net.set_cascade_max_cand_epochs(80);
    CHECK(net.get_cascade_max_cand_epochs() == 80);
    net.set_cascade_min_cand_epochs(30);
    CHECK(net.get_cascade_min_cand_epochs() == 30);

    CHECK(net.get_cascade_activation_functions_count() == 10);
    CHECK(net.get_cascade_activation_steepnesses_count() == 4);
    CHECK(net.get_cascade_num_candidate_groups() == 2);
    CHECK(net.get_cascade_num_candidates() == 80);
    CHECK(net.get_cascade_activation_functions()[0] == FANN::SIGMOID &&
          net.get_cascade_activation_functions()[9] == FANN::COS);
    FANN::activation_function_enum functions[] = {FANN::SIGMOID_SYMMETRIC, FANN::GAUSSIAN, FANN::SIN};
    net.set_cascade_activation_functions(functions, 3);
    CHECK(net.get_cascade_activation_functions_count() == 3 &&
          net.get_cascade_activation_functions()[2] == FANN::SIN);
    fann_type steepnesses[] = {from_double(0.5), from_double(1)};
    net.set_cascade_activation_steepnesses(steepnesses, 2);
    CHECK(net.get_cascade_activation_steepnesses_count() == 2 &&
          net.get_cascade_activation_steepnesses()[1] == from_double(1));
    net.set_cascade_num_candidate_groups(3);
    CHECK(net.get_cascade_num_candidate_groups() == 3 && net.get_cascade_num_candidates() == 18);
}

void test_errors()
{
    FANN::neural_net net(FANN::LAYER, 3, 2, 3, 1);
    captured_log log;
    net.set_error_log(log.get());
    CHECK(net.get_errno() == 0);
    CHECK(static_cast<int>(net.get_activation_function(0, 0)) == -1); // layer 0 is rejected
    CHECK(net.get_errno() == FANN_E_INDEX_OUT_OF_BOUND);
    CHECK(log.text() == "FANN Error 17: Index 0 is out of bound.\n");
#ifndef FANN_2_2_LIBRARY
    CHECK(net.get_errstr() == "Index 0 is out of bound.\n");
    CHECK(net.get_errno() == 0);
    CHECK(net.get_errstr().empty()); // no error any more
#endif
    CHECK(net.get_activation_steepness(1, 9) == -1);
    CHECK(net.get_errno() == FANN_E_INDEX_OUT_OF_BOUND);
    net.print_error(); // stderr: FANN Error 17: Index 9 is out of bound.
    net.reset_errno();
    CHECK(net.get_errno() == 0);
    net.reset_errstr();
    net.print_error(); // nothing
    net.set_activation_function(FANN::LINEAR, 5, 0);
    CHECK(net.get_errno() == FANN_E_INDEX_OUT_OF_BOUND);
    CHECK(contains(log.text(), "Index 5 is out of bound."));
    net.reset_errno();
    net.reset_errstr();

    // silence one network's errors
    net.set_error_log(NULL);
    net.set_activation_function(FANN::LINEAR, 7, 0);
    CHECK(net.get_errno() == FANN_E_INDEX_OUT_OF_BOUND);
    CHECK(log.text().empty());
    net.reset_errno();

    // an empty object sets the default log for later networks
    FANN::neural_net empty;
    empty.set_error_log(log.get());
    FANN::neural_net later(FANN::LAYER, 3, 2, 3, 1);
    later.get_activation_function(4, 0);
    CHECK(contains(log.text(), "FANN Error 17: Index 4 is out of bound."));
    later.reset_errno();
    fann_set_error_log(NULL, reinterpret_cast<FILE *>(-1));

#ifndef FIXEDFANN
    // training data of the wrong shape
    FANN::training_data wrong;
    wrong.create_train_from_callback(3, 3, 1, fill_pattern);
    net.set_error_log(log.get());
    CHECK(net.train_epoch(wrong) == 0);
    CHECK(net.get_errno() == FANN_E_INPUT_NO_MATCH);
    CHECK(contains(log.text(), "The number of input neurons in the ann (2) and data (3) don't match"));
    net.reset_errno();
    CHECK(!net.set_input_scaling_params(wrong, -1, 1));
    CHECK(net.get_errno() == FANN_E_TRAIN_DATA_MISMATCH);
    net.reset_errno();
    fann_type vector[2] = {1, 2};
    net.scale_input(vector);
    CHECK(net.get_errno() == FANN_E_SCALE_NOT_PRESENT);
    net.reset_errno();
    net.reset_errstr();
#endif
}

#ifndef FIXEDFANN
void test_training()
{
    FANN::training_data data;
    CHECK(data.read_train_from_file(data_file("xor.data")));
    FANN::neural_net net(FANN::LAYER, 3, 2, 3, 1);
    net.set_activation_function_hidden(FANN::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(FANN::SIGMOID_SYMMETRIC);
    std::srand(1);
    net.init_weights(data);

    // single steps and epochs
    fann_type *in = data.get_input()[1], *want = data.get_output()[1];
    net.reset_MSE();
    net.train(in, want);
    CHECK(net.get_MSE() > 0);
    float first = net.train_epoch(data);
    CHECK(first > 0);
    net.train_on_data(data, 500, 0, 0.001f);
    float mse = net.test_data(data);
    CHECK(mse < 0.01f);
    CHECK(net.get_MSE() == mse);
    net.reset_MSE();
    CHECK(net.get_MSE() == 0 && net.get_bit_fail() == 0);
    fann_type *out = net.test(in, want);
    CHECK(out != NULL && out[0] > 0.5);
    CHECK(net.get_MSE() > 0);

    // from a file (reports to stdout)
    FANN::neural_net other(FANN::LAYER, 3, 2, 3, 1);
    other.set_activation_function_hidden(FANN::SIGMOID_SYMMETRIC);
    other.set_activation_function_output(FANN::SIGMOID_SYMMETRIC);
    std::srand(1);
    other.init_weights(data);
    other.train_on_file(data_file("xor.data"), 500, 100, 0.001f);
    CHECK(other.test_data(data) < 0.01f);

    // cascade training on the data and from a file
    FANN::neural_net cascade(FANN::SHORTCUT, 2, 2, 1);
    cascade.set_activation_function_output(FANN::SIGMOID_SYMMETRIC);
    std::srand(2);
    cascade.randomize_weights(-0.1f, 0.1f);
    cascade.cascadetrain_on_data(data, 4, 1, 0.0001f);
    CHECK(cascade.get_num_layers() >= 3);
    CHECK(cascade.test_data(data) < 0.05f);
    FANN::neural_net cascade_file(FANN::SHORTCUT, 2, 2, 1);
    cascade_file.cascadetrain_on_file(data_file("xor.data"), 2, 0, 0.0001f);
    CHECK(cascade_file.get_num_layers() >= 3);
}

void test_scaling()
{
    FANN::training_data data;
    CHECK(data.read_train_from_file(data_file("scaling.data")));
    FANN::training_data original(data);
    FANN::neural_net net(FANN::LAYER, 3, 3, 5, 1);

    CHECK(net.set_input_scaling_params(data, -1, 1));
    CHECK(net.set_output_scaling_params(data, -1, 1));
    CHECK(net.set_scaling_params(data, -1, 1, -1, 1));
    net.scale_train(data);
    CHECK(data.get_max_input() < 10 && data.get_min_output() > -10); // now around 0
    net.descale_train(data);
    bool same = true;
    for (unsigned int i = 0; i < data.length_train_data(); ++i) {
        for (unsigned int j = 0; j < 3; ++j)
            if (!near(data.get_input()[i][j], original.get_input()[i][j], 1e-3))
                same = false;
        if (!near(data.get_output()[i][0], original.get_output()[i][0], 1e-3))
            same = false;
    }
    CHECK(same);

    fann_type in[3] = {original.get_input()[5][0], original.get_input()[5][1], original.get_input()[5][2]};
    net.scale_input(in);
    CHECK(std::fabs(in[0]) < 10 && std::fabs(in[2]) < 10);
    net.descale_input(in);
    CHECK(near(in[0], original.get_input()[5][0], 1e-3) && near(in[2], original.get_input()[5][2], 1e-3));
    fann_type out[1] = {original.get_output()[5][0]};
    net.scale_output(out);
    CHECK(std::fabs(out[0]) < 10);
    net.descale_output(out);
    CHECK(near(out[0], original.get_output()[5][0], 1e-3));

    // scaling parameters travel with the file
    CHECK(net.save(work_file("wrapper_scaled.net")));
    FANN::neural_net loaded(work_file("wrapper_scaled.net"));
    fann_type again[3] = {original.get_input()[5][0], original.get_input()[5][1], original.get_input()[5][2]};
    loaded.scale_input(again);
    fann_type scaled_here[3] = {original.get_input()[5][0], original.get_input()[5][1], original.get_input()[5][2]};
    net.scale_input(scaled_here);
    CHECK(near(again[0], scaled_here[0], 1e-4) && near(again[2], scaled_here[2], 1e-4));

    CHECK(net.clear_scaling_params());
    fann_type identity[3] = {5, 6, 7};
    net.scale_input(identity);
    CHECK(identity[0] == 5 && identity[2] == 7);
}

// ---------------------------------------------------------------------------------------
// callbacks

struct callback_state
{
    int calls;
    int stop_after;
    FANN::neural_net *expected_net;
    unsigned int expected_length;
    unsigned int expected_max;
    unsigned int last_epochs;
    bool ok;
};

int counting_callback(FANN::neural_net &net, FANN::training_data &train, unsigned int max_epochs,
                      unsigned int epochs_between_reports, float desired_error,
                      unsigned int epochs, void *user_data)
{
    callback_state *state = static_cast<callback_state *>(user_data);
    ++state->calls;
    if (&net != state->expected_net || train.length_train_data() != state->expected_length ||
        max_epochs != state->expected_max || epochs_between_reports != 1 ||
        desired_error != 0.0f || epochs <= state->last_epochs)
        state->ok = false;
    state->last_epochs = epochs;
    return state->calls >= state->stop_after ? -1 : 0;
}

int throwing_callback(FANN::neural_net &, FANN::training_data &, unsigned int, unsigned int, float,
                      unsigned int epochs, void *)
{
    if (epochs >= 2)
        throw std::runtime_error("stop from callback");
    return 0;
}

callback_state fresh_state(FANN::neural_net *net, unsigned int length, unsigned int max_epochs,
                           int stop_after)
{
    callback_state state = {0, stop_after, net, length, max_epochs, 0, true};
    return state;
}

void test_callbacks()
{
    FANN::training_data data;
    CHECK(data.read_train_from_file(data_file("xor.data")));
    FANN::neural_net net(FANN::LAYER, 3, 2, 3, 1);
    net.set_activation_function_hidden(FANN::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(FANN::SIGMOID_SYMMETRIC);

    // the callback sees the net, the data, the arguments and its user data; -1 stops
    callback_state state = fresh_state(&net, 4, 50, 3);
    net.set_callback(counting_callback, &state);
    net.train_on_data(data, 50, 1, 0);
    CHECK(state.calls == 3 && state.ok && state.last_epochs == 3);

    // again through train_on_file (the library's own data)
    state = fresh_state(&net, 4, 20, 2);
    net.train_on_file(data_file("xor.data"), 20, 1, 0);
    CHECK(state.calls == 2 && state.ok);

    // replacing the callback
    callback_state second = fresh_state(&net, 4, 10, 1);
    net.set_callback(counting_callback, &second);
    net.train_on_data(data, 10, 1, 0);
    CHECK(second.calls == 1 && second.ok);

    // a copy gets its own callback record, bound to the copy
    FANN::neural_net copy(net);
    callback_state copy_state = fresh_state(&copy, 4, 10, 2);
    copy.set_callback(counting_callback, &copy_state);
    second = fresh_state(&net, 4, 10, 1);
    net.train_on_data(data, 10, 1, 0);
    copy.train_on_data(data, 10, 1, 0);
    CHECK(second.calls == 1 && second.ok);
    CHECK(copy_state.calls == 2 && copy_state.ok);

    // a copy keeps the callback it was copied with; the original may die first
    {
        FANN::neural_net *temporary = new FANN::neural_net(net);
        callback_state temp_state = fresh_state(temporary, 4, 10, 2);
        temporary->set_callback(counting_callback, &temp_state);
        FANN::neural_net kept(*temporary);
        delete temporary;
        temp_state = fresh_state(&kept, 4, 10, 2);
        kept.train_on_data(data, 10, 1, 0);
        CHECK(temp_state.calls == 2 && temp_state.ok);

        FANN::neural_net assigned;
        assigned = kept;
        temp_state = fresh_state(&assigned, 4, 10, 1);
        assigned.train_on_data(data, 10, 1, 0);
        CHECK(temp_state.calls == 1 && temp_state.ok);

        // copied from the raw structure of a wrapped network
        FANN::neural_net from_raw(raw_of(assigned));
        temp_state = fresh_state(&from_raw, 4, 10, 1);
        from_raw.train_on_data(data, 10, 1, 0);
        CHECK(temp_state.calls == 1 && temp_state.ok);

        // moves rebind the callback to the new object
        FANN::neural_net moved(std::move(from_raw));
        CHECK(raw_of(from_raw) == NULL);
        temp_state = fresh_state(&moved, 4, 10, 1);
        moved.train_on_data(data, 10, 1, 0);
        CHECK(temp_state.calls == 1 && temp_state.ok);
        FANN::neural_net move_assigned;
        move_assigned = std::move(moved);
        temp_state = fresh_state(&move_assigned, 4, 10, 1);
        move_assigned.train_on_data(data, 10, 1, 0);
        CHECK(temp_state.calls == 1 && temp_state.ok);
    }

    // cascade training calls it with the neuron counts
    FANN::neural_net cascade(FANN::SHORTCUT, 2, 2, 1);
    callback_state cascade_state = fresh_state(&cascade, 4, 3, 2);
    cascade_state.ok = true;
    cascade.set_callback(counting_callback, &cascade_state);
    cascade.cascadetrain_on_data(data, 3, 1, 0);
    CHECK(cascade_state.calls == 2 && cascade_state.ok);

    // an exception from the callback stops training and reaches the caller
    net.set_callback(throwing_callback, NULL);
    bool caught = false;
    try {
        net.train_on_data(data, 10, 1, 0);
    } catch (const std::runtime_error &error) {
        caught = std::string(error.what()) == "stop from callback";
    }
    CHECK(caught);
    CHECK(data.length_train_data() == 4 && net.get_num_input() == 2); // both still fine
    caught = false;
    try {
        net.train_on_file(data_file("xor.data"), 10, 1, 0);
    } catch (const std::runtime_error &) {
        caught = true;
    }
    CHECK(caught);

    // no callback: FANN's own report (stdout)
    net.set_callback(NULL, NULL);
    CHECK(fann_get_user_data(raw_of(net)) == NULL);
    net.train_on_data(data, 2, 1, 0);
}
#endif /* FIXEDFANN */

// ---------------------------------------------------------------------------------------
// copies of networks

void test_net_copies()
{
    FANN::neural_net original(FANN::LAYER, 3, 2, 3, 1);
    std::srand(5); // the creation reseeded rand(); the weights below must not depend on it
    original.randomize_weights(from_double(-0.5), from_double(0.5));
    original.set_training_algorithm(FANN::TRAIN_QUICKPROP);
    original.set_sarprop_temperature(0.25f);
    original.set_sarprop_weight_decay_shift(-3.0f);
    original.set_sarprop_step_error_threshold_factor(0.5f);
    original.set_sarprop_step_error_shift(2.0f);
    original.set_cascade_min_out_epochs(11);
    original.set_cascade_min_cand_epochs(12);
    original.set_learning_rate(0.3f);
    original.set_activation_function_output(FANN::LINEAR);

    FANN::neural_net copy(original);
    CHECK(raw_of(copy) != NULL && raw_of(copy) != raw_of(original));
    CHECK(copy.get_total_connections() == 13);
    std::vector<fann_type> a(13), b(13);
    original.get_weights(&a[0]);
    copy.get_weights(&b[0]);
    CHECK(a == b);
    // everything is carried over, including what FANN 2.2.0's fann_copy forgets
    CHECK(copy.get_training_algorithm() == FANN::TRAIN_QUICKPROP);
    CHECK(copy.get_sarprop_temperature() == 0.25f && copy.get_sarprop_weight_decay_shift() == -3.0f);
    CHECK(copy.get_sarprop_step_error_threshold_factor() == 0.5f && copy.get_sarprop_step_error_shift() == 2.0f);
    CHECK(copy.get_cascade_min_out_epochs() == 11 && copy.get_cascade_min_cand_epochs() == 12);
    CHECK(copy.get_learning_rate() == 0.3f && copy.get_activation_function(2, 0) == FANN::LINEAR);

    // independent: changing the copy leaves the original alone (the hidden bias, 6, feeds
    // the linear output, 7, so the outputs must differ whatever the other weights are)
    copy.set_weight(6, 7, from_double(1.5));
    copy.set_learning_rate(0.9f);
    original.get_weights(&b[0]);
    CHECK(a == b && original.get_learning_rate() == 0.3f);
    fann_type input[2] = {from_double(1), from_double(1)};
    fann_type from_original = original.run(input)[0];
    fann_type from_copy = copy.run(input)[0];
    CHECK(from_original != from_copy);
    CHECK(original.run(input) != copy.run(input));

    // assignment: deep, self-safe, empty over full
    FANN::neural_net assigned(FANN::LAYER, 2, 5, 5);
    assigned = original;
    CHECK(raw_of(assigned) != raw_of(original) && assigned.get_total_connections() == 13);
    CHECK(assigned.get_training_algorithm() == FANN::TRAIN_QUICKPROP);
    FANN::neural_net &alias = assigned;
    assigned = alias;
    CHECK(assigned.get_total_connections() == 13);
    FANN::neural_net empty;
    assigned = empty;
    CHECK(raw_of(assigned) == NULL);

    // lifetimes in any order (ASan checks the frees)
    FANN::neural_net *first = new FANN::neural_net(original);
    FANN::neural_net *second = new FANN::neural_net(*first);
    delete first;
    CHECK(second->run(input)[0] == from_original);
    FANN::neural_net third;
    third = *second;
    delete second;
    CHECK(third.run(input)[0] == from_original);

    // from a C network: copied, the caller keeps and frees its own
    struct fann *c_net = fann_create_standard(3, 2, 2, 1);
    FANN::neural_net wrapped(c_net);
    CHECK(raw_of(wrapped) != c_net && wrapped.get_total_connections() == 9);
    fann_destroy(c_net);
    CHECK(wrapped.get_num_input() == 2);
    wrapped.copy_from_struct_fann(raw_of(third));
    CHECK(wrapped.get_total_connections() == 13 && raw_of(wrapped) != raw_of(third));
    wrapped.copy_from_struct_fann(raw_of(wrapped)); // itself: unchanged
    CHECK(wrapped.get_total_connections() == 13);
    wrapped.copy_from_struct_fann(NULL);
    CHECK(raw_of(wrapped) == NULL);

    // moves
    struct fann *inner = raw_of(third);
    FANN::neural_net moved(std::move(third));
    CHECK(raw_of(moved) == inner && raw_of(third) == NULL);
    FANN::neural_net move_assigned;
    move_assigned = std::move(moved);
    CHECK(raw_of(move_assigned) == inner && raw_of(moved) == NULL);
    move_assigned = std::move(move_assigned);
    CHECK(raw_of(move_assigned) == inner);

    // containers copy and move freely
    std::vector<FANN::neural_net> nets;
    for (int i = 0; i < 5; ++i)
        nets.push_back(original);
    std::vector<FANN::neural_net> more(nets);
    nets.clear();
    CHECK(more.size() == 5 && more[4].run(input)[0] == from_original);
    std::vector<FANN::training_data> sets(3);
    CHECK(sets[0].read_train_from_file(data_file("xor.data")));
    std::vector<FANN::training_data> set_copies(sets);
    sets.clear();
    CHECK(set_copies[0].length_train_data() == 4 && set_copies[1].length_train_data() == 0);
}

void test_seed_rand()
{
#ifndef FANN_2_2_LIBRARY
    FANN::neural_net::disable_seed_rand();
    std::srand(99);
    FANN::neural_net a(FANN::LAYER, 3, 2, 3, 1);
    std::srand(99);
    FANN::neural_net b(FANN::LAYER, 3, 2, 3, 1);
    FANN::neural_net::enable_seed_rand();
    std::vector<fann_type> wa(13), wb(13);
    a.get_weights(&wa[0]);
    b.get_weights(&wb[0]);
    CHECK(wa == wb);
#endif
}

void test_virtual_destructor()
{
#ifdef USE_VIRTUAL_DESTRUCTOR
    CHECK(std::has_virtual_destructor<FANN::neural_net>::value);
    CHECK(std::has_virtual_destructor<FANN::training_data>::value);
    FANN::neural_net *base = new exposed_net;
    delete base;
#else
    CHECK(!std::has_virtual_destructor<FANN::neural_net>::value);
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATADIR WORKDIR\n", argv[0]);
        return 2;
    }
    data_dir = argv[1];
    work_dir = argv[2];
    // LeakSanitizer ends the process without flushing stdio: keep stdout line buffered
    std::setvbuf(stdout, NULL, _IOLBF, 0);

    test_empty_data();
    test_read_save_data();
    test_data_copies();
    test_data_building();
    test_data_operations();
    test_empty_net();
    test_creation();
    test_files();
    test_structure_and_weights();
    test_parameters();
    test_errors();
#ifndef FIXEDFANN
    test_training();
    test_scaling();
    test_callbacks();
#endif
    test_net_copies();
    test_seed_rand();
    test_virtual_destructor();

    std::printf("cpp_wrapper [%s]: %d checks, %d failed\n", VARIANT, checks, failures);
    return failures == 0 ? 0 : 1;
}
