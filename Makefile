# `sam build` builds the function with this target (template.yaml: BuildMethod makefile), so what
# it ships is exactly target/article-ingest-lambda.zip, the package LambdaArtifactIT checks:
# only the function's classes and runtime libraries, no tool, local stack or test code.
build-IngestFunction:
	mvn -B -q -Dmaven.test.skip=true package
	unzip -q -o target/article-ingest-lambda.zip -d "$(ARTIFACTS_DIR)"

.PHONY: build-IngestFunction
