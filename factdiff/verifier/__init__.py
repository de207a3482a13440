"""factdiff's trained verifier: a MiniLM fine-tuned here to tag the candidate's words that the reference does not
support, shipped as int8 ONNX (`weights/`), run with onnxruntime, trained with `factdiff train` (`train.py`)."""
