# Set-up and everyday commands. Everything installs into .venv from the project's own files.
VENV ?= .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1

.PHONY: demo test bench eval train encoder xtagger

$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[test,eval,web,batch,train,source]"
	touch $@

## demo: install, then show the report on each example pair that ships in factdiff/examples (factdiff example)
demo: $(VENV)/.installed
	$(VENV)/bin/factdiff example --list
	for name in $$($(PY) -c 'from factdiff.examples import EXAMPLES; print(*EXAMPLES)'); do \
		echo; $(VENV)/bin/factdiff example $$name || exit 1; \
	done

## test: install, then run the test suite (two processes, a test file to each in turn: pytest-xdist) and the linter
test: $(VENV)/.installed
	$(PY) -m pytest -q -n 2 --dist loadfile
	$(VENV)/bin/ruff check factdiff tests benchmarks

## bench: speed and memory figures (benchmarks/speed.py)
bench: $(VENV)/.installed
	$(PY) benchmarks/speed.py

## eval: factdiff and the baselines on every benchmark file (test split; thresholds from dev)
eval: $(VENV)/.installed
	$(VENV)/bin/factdiff eval $(filter-out %.source.jsonl,$(wildcard ../shared/benchmarks/*.jsonl)) --split test --output-dir results

## train: train the verifier on this CPU from the dev splits and the human-made pairs of ../shared/training (fixed seed),
## set its run-time settings and ship it into the package; log in training/ (about 90 minutes on two cores)
BENCH := ../shared/benchmarks
train: $(VENV)/.installed
	mkdir -p training
	$(VENV)/bin/factdiff train --output-dir factdiff/verifier/weights --epochs 2 --threads 1 \
		$(foreach f,wmt21-news-zhen-mqm-qe23 wmt21-ted-zhen-mqm wmt22-general-zhen-mqm-qe23 wmt23-general-zhen-mqm,--data $(BENCH)/$(f).jsonl) \
		$(foreach f,xsumfaith-hallucination frank-xsum qags polytope,--extra-summaries $(BENCH)/$(f).jsonl) \
		$(foreach f,$(wildcard ../shared/training/nli/*.jsonl.gz),--nli $(f)) --nli-per-dataset 1500 2>&1 | tee training/train.log
	$(PY) training/set_runtime.py factdiff/verifier/weights

## xtagger: train the cross-lingual tagger on this CPU from the MQM dev splits with their sources (fixed seed), choose its
## run-time settings on the sources it did not train on, and ship it into the package; log in training/
XTAGGER := factdiff/crosslingual/weights
xtagger: $(VENV)/.installed
	$(PY) training/train_xtagger.py $(filter-out %.source.jsonl,$(wildcard ../shared/benchmarks/*mqm*.jsonl)) --out $(XTAGGER) 2>&1 | tee training/xtagger.log
	$(PY) training/choose_xtagger.py $(XTAGGER) $(filter-out %.source.jsonl,$(wildcard ../shared/benchmarks/*mqm*.jsonl)) 2>&1 | tee -a training/xtagger.log

## encoder: remake the shipped sentence encoder (int8 ONNX) from the official MiniLM weights
encoder: $(VENV)/.installed
	$(PY) training/export_encoder.py
