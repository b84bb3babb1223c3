#!/usr/bin/env python3
"""NumPy side of `npm run bench` (scripts/bench.mjs): the training loop of
tests/golden/reference_numpy.py, timed with time.perf_counter around the loop only
(not Python start-up, imports or loading the data).

Usage: python3 numpy_bench.py <data.f64|post> <epochs> <repetitions>
  data.f64: n hours then n labels, little-endian doubles; post: the post's data.
Prints one JSON object: the time of each repetition in ms and the final weight, bias and loss.
Learning rate 0.1, seed 42.
"""
import json
import sys
import time

import numpy as np


def load(source):
    if source == "post":
        return np.array([1.0, 2, 3, 4, 5]).reshape(-1, 1), np.array([0.0, 0, 1, 1, 1]).reshape(-1, 1)
    values = np.fromfile(source, dtype="<f8")
    n = values.size // 2
    return values[:n].copy().reshape(-1, 1), values[n:].copy().reshape(-1, 1)


# The reference's functions, unchanged.
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def bce(yt, yp):
    eps = 1e-9
    return -np.mean(yt * np.log(yp + eps) + (1 - yt) * np.log(1 - yp + eps))


def train(x, y, lr, epochs, seed):
    np.random.seed(seed)
    w = np.random.randn(1, 1)
    b = np.zeros((1, 1))
    losses = []
    start = time.perf_counter()
    for epoch in range(epochs):
        yp = sigmoid(x @ w + b)
        losses.append(float(bce(y, yp)))
        err = yp - y
        dw = (x.T @ err) / len(x)
        db = np.mean(err)
        w = w - lr * dw
        b = b - lr * db
    elapsed = time.perf_counter() - start
    return elapsed, float(w[0, 0]), float(b[0, 0]), losses[-1] if losses else None


def main():
    source, epochs, repetitions = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    x, y = load(source)
    times = []
    for _ in range(repetitions):
        elapsed, weight, bias, loss = train(x, y, 0.1, epochs, 42)
        times.append(elapsed * 1000)
    print(json.dumps({"times_ms": times, "weight": weight, "bias": bias, "loss": loss, "numpy": np.__version__}))


main()
