#!/usr/bin/env python3
"""Where a cold invoke's main thread spends its time.

Reads async-profiler wall-clock profiles in collapsed form (one file per cold invoke, threads
split, 1 ms interval: `bench/cold-invoke.sh` with PROFILE=1 makes them) and prints, per invoke,
the main thread's time by kind of work (class loading and verification, bootstrapping lambdas and
other invokedynamic call sites, the rest) and by step of the invoke (inclusive times of named
frames). Usage: bench/cold-profile.py INTERVAL_MS FILE...
"""
import collections
import re
import sys

# Inclusive time of these frames, in this order: what building the handler and one event cost.
STEPS = [
    ("build the S3 client", "DefaultS3ClientBuilder.buildClient"),
    ("  of which its HTTP client's TLS context", "UrlConnectionHttpClient.getSslContext"),
    ("build the DynamoDB client", "DefaultDynamoDbClientBuilder.buildClient"),
    ("read the source profiles", "SourceProfiles.read"),
    ("read the event (JSON)", "JsonTrees.read"),
    ("state read: first GetItem", "DynamoDbClient.getItem"),
    ("GetObject", "S3Client.getObject"),
    ("parse (language detection included)", "Extractor.extract"),
    ("duplicate lookup: first Query", "DynamoDbClient.query"),
    ("body and META writes", "DynamoArticleStore.put"),
    ("log line and metrics", "Telemetry.record"),
]


def kind(frames):
    stack = ";".join(frames)
    # HotSpot's bytecode verifier (Verifier::, ClassVerifier::); ClassFileParser::verify_legal_*
    # and the like are format checks of class loading
    if re.search(r"Verifier::", stack):
        return "bytecode verification"
    if re.search(r"InnerClassLambdaMetafactory|LambdaForm|MethodHandleNatives|BootstrapMethodInvoker"
                 r"|StringConcatFactory", stack):
        return "lambda and invokedynamic bootstrap"
    if re.search(r"ClassFileParser|SystemDictionary|loadClass|defineClass|ClassLoader|link_class", stack):
        return "class loading and linking"
    return "the rest: running code, waiting for the local stack"


def main():
    interval = float(sys.argv[1])
    files = sys.argv[2:]
    kinds = collections.Counter()
    steps = collections.Counter()
    total = 0
    for name in files:
        for line in open(name):
            stack, count = line.rsplit(" ", 1)
            frames = stack.split(";")
            # the main thread is named DestroyJavaVM once main() has returned
            if not re.match(r"\[(main|DestroyJavaVM) tid=", frames[0]):
                continue
            ms = int(count) * interval
            total += ms
            kinds[kind(frames)] += ms
            for label, frame in STEPS:
                if any(frame in f for f in frames):
                    steps[label] += ms
    runs = len(files)
    print(f"main thread, mean of {runs} cold invokes: {total / runs:.0f} ms")
    for label, ms in kinds.most_common():
        print(f"  {label:<58} {ms / runs:6.0f} ms")
    print("by step (inclusive):")
    for label, _ in STEPS:
        print(f"  {label:<58} {steps[label] / runs:6.0f} ms")


if __name__ == "__main__":
    main()
