//! Error codes and message texts (api.md §4.1), and the index checks of the per-layer /
//! per-neuron accessors (checked against libdoublefann 2.2.0: `fann_get_activation_function`
//! prints `FANN Error 17: Index N is out of bound.` with the offending layer or neuron index).

use fann::engine::activation::id;
use fann::engine::error::message_format;
use fann::engine::{FannError, GlibcRand, Limits, Network};

fn all_errors() -> Vec<(FannError, u32, &'static str)> {
    use FannError::*;
    vec![
        (
            CantOpenConfigR("/nonexistent/x.net".into()),
            1,
            "Unable to open configuration file \"/nonexistent/x.net\" for reading.\n",
        ),
        (
            CantOpenConfigW("out.net".into()),
            2,
            "Unable to open configuration file \"out.net\" for writing.\n",
        ),
        (
            WrongConfigVersion("a.net".into()),
            3,
            "Wrong version of configuration file, aborting read of configuration file \"a.net\".\n",
        ),
        (
            CantReadConfig("layer_sizes".into(), "a.net".into()),
            4,
            "Error reading \"layer_sizes\" from configuration file \"a.net\".\n",
        ),
        (
            CantReadNeuron("a.net".into()),
            5,
            "Error reading neuron info from configuration file \"a.net\".\n",
        ),
        (
            CantReadConnections("a.net".into()),
            6,
            "Error reading connections from configuration file \"a.net\".\n",
        ),
        (
            WrongNumConnections(3, -4),
            7,
            "ERROR connections_so_far=3, total_connections=-4\n",
        ),
        (
            CantOpenTdW("t.data".into()),
            8,
            "Unable to open train data file \"t.data\" for writing.\n",
        ),
        // (sic) FANN's code 9 message also says "writing".
        (
            CantOpenTdR("t.data".into()),
            9,
            "Unable to open train data file \"t.data\" for writing.\n",
        ),
        (
            CantReadTd("t.data".into(), 17),
            10,
            "Error reading info from train data file \"t.data\", line: 17.\n",
        ),
        (CantAllocateMem, 11, "Unable to allocate memory.\n"),
        (
            CantTrainActivation,
            12,
            "Unable to train with the selected activation function.\n",
        ),
        (
            CantUseActivation,
            13,
            "Unable to use the selected activation function.\n",
        ),
        (
            TrainDataMismatch,
            14,
            "Training data must be of equivalent structure.\n",
        ),
        (
            CantUseTrainAlg,
            15,
            "Unable to use the selected training algorithm.\n",
        ),
        (
            TrainDataSubset(5, 10, 12),
            16,
            "Subset from 5 of length 10 not valid in training set of length 12.\n",
        ),
        (IndexOutOfBound(-1), 17, "Index -1 is out of bound.\n"),
        (ScaleNotPresent, 18, "Scaling parameters not present.\n"),
        (
            InputNoMatch(2, 3),
            19,
            "The number of input neurons in the ann (2) and data (3) don't match\n",
        ),
        (
            OutputNoMatch(1, 4),
            20,
            "The number of output neurons in the ann (1) and data (4) don't match\n",
        ),
        (
            WrongParametersForCreate,
            21,
            "The parameters for create_standard are wrong, either too few parameters provided or a negative/very high value provided.\n",
        ),
    ]
}

#[test]
fn every_code_and_message() {
    for (err, code, text) in all_errors() {
        assert_eq!(err.code(), code, "{err:?}");
        assert_eq!(err.to_string(), text, "{err:?}");
        assert!(message_format(code).is_some(), "code {code}");
    }
    assert_eq!(message_format(0), None);
    assert_eq!(message_format(22), None);
}

#[test]
fn message_formats_are_fanns_printf_formats() {
    assert_eq!(
        message_format(4),
        Some("Error reading \"%s\" from configuration file \"%s\".\n")
    );
    assert_eq!(
        message_format(10),
        Some("Error reading info from train data file \"%s\", line: %d.\n")
    );
    assert_eq!(message_format(17), Some("Index %d is out of bound.\n"));
    assert_eq!(
        message_format(19),
        Some("The number of input neurons in the ann (%d) and data (%d) don't match\n")
    );
    // Formats without arguments are the messages themselves.
    for (err, code, text) in all_errors() {
        let fmt = message_format(code).unwrap();
        if !fmt.contains('%') {
            assert_eq!(fmt, text, "{err:?}");
        }
    }
}

fn net_2_3_1() -> Network<f64> {
    let mut rng = GlibcRand::new(1);
    Network::<f64>::new_standard(&[2, 3, 1], &mut rng, &Limits::default()).unwrap()
}

#[test]
fn check_layer_rejects_input_layer_and_out_of_range() {
    let net = net_2_3_1();
    assert_eq!(net.check_layer(0), Err(FannError::IndexOutOfBound(0)));
    assert_eq!(net.check_layer(-1), Err(FannError::IndexOutOfBound(-1)));
    assert_eq!(net.check_layer(3), Err(FannError::IndexOutOfBound(3)));
    assert_eq!(
        net.check_layer(i32::MIN),
        Err(FannError::IndexOutOfBound(i32::MIN))
    );
    assert_eq!(
        net.check_layer(i32::MAX),
        Err(FannError::IndexOutOfBound(i32::MAX))
    );
    assert_eq!(net.check_layer(1), Ok(1));
    assert_eq!(net.check_layer(2), Ok(2));
    assert_eq!(
        FannError::IndexOutOfBound(3).to_string(),
        "Index 3 is out of bound.\n"
    );
}

#[test]
fn check_neuron_indexes() {
    let net = net_2_3_1();
    // Layer errors report the layer index.
    assert_eq!(net.check_neuron(0, 0), Err(FannError::IndexOutOfBound(0)));
    assert_eq!(net.check_neuron(3, 0), Err(FannError::IndexOutOfBound(3)));
    assert_eq!(net.check_neuron(-1, 0), Err(FannError::IndexOutOfBound(-1)));
    // Neuron errors report the neuron index; bias slots are addressable (FANN too).
    assert_eq!(net.check_neuron(1, 4), Err(FannError::IndexOutOfBound(4)));
    assert_eq!(net.check_neuron(2, 2), Err(FannError::IndexOutOfBound(2)));
    assert_eq!(net.check_neuron(1, -1), Err(FannError::IndexOutOfBound(-1)));
    assert_eq!(
        net.check_neuron(1, i32::MAX),
        Err(FannError::IndexOutOfBound(i32::MAX))
    );
    assert_eq!(net.check_neuron(1, 0), Ok(3));
    assert_eq!(net.check_neuron(1, 3), Ok(6));
    assert_eq!(net.check_neuron(2, 0), Ok(7));
    assert_eq!(net.check_neuron(2, 1), Ok(8));
}

#[test]
fn accessors_report_index_errors() {
    let mut net = net_2_3_1();
    assert_eq!(net.activation_function(1, 0), Ok(id::SIGMOID_STEPWISE));
    // Hidden bias neuron: FANN returns its function 0.
    assert_eq!(net.activation_function(1, 3), Ok(id::LINEAR));
    assert_eq!(net.activation_steepness(2, 0), Ok(0.5));
    assert_eq!(
        net.activation_function(0, 0),
        Err(FannError::IndexOutOfBound(0))
    );
    assert_eq!(
        net.activation_steepness(1, 4),
        Err(FannError::IndexOutOfBound(4))
    );
    assert_eq!(
        net.set_activation_function(id::SIGMOID, 0, 0),
        Err(FannError::IndexOutOfBound(0))
    );
    assert_eq!(
        net.set_activation_steepness(0.25, 2, 5),
        Err(FannError::IndexOutOfBound(5))
    );
    assert_eq!(
        net.set_activation_function_layer(id::SIGMOID, 0),
        Err(FannError::IndexOutOfBound(0))
    );
    assert_eq!(
        net.set_activation_steepness_layer(0.25, 3),
        Err(FannError::IndexOutOfBound(3))
    );
    // Failed setters change nothing.
    let functions: Vec<u32> = net.neurons.iter().map(|n| n.activation_function).collect();
    assert_eq!(functions, [0, 0, 0, 4, 4, 4, 0, 4, 0]);

    net.set_activation_function(id::COS, 2, 0).unwrap();
    assert_eq!(net.activation_function(2, 0), Ok(id::COS));
    net.set_activation_steepness_layer(0.25, 1).unwrap();
    // The layer setter writes every slot of the layer, bias included (§1.2).
    let steep: Vec<f64> = net.neurons.iter().map(|n| n.activation_steepness).collect();
    assert_eq!(steep, [0.0, 0.0, 0.0, 0.25, 0.25, 0.25, 0.25, 0.5, 0.0]);
}
