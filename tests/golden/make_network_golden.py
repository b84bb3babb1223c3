#!/usr/bin/env python3
"""Writes tests/golden/network/*.json: reference_network.py's output for the configurations the
network engine's parity tests check (tests/cpp/network_golden_test.cpp, tests/node/network-api.test.mjs).

Usage: /usr/bin/python3 tests/golden/make_network_golden.py   (needs Debian's python3-numpy)

Each file keeps the reference's fields in a shape a reader without a JSON library can take apart:
W1 flattened row by row (2 x hidden; [] when hidden is 0), b1 and W2 flattened ([] when hidden is 0),
b2 a number, "data" the explicit points as x1, x2, label triples ([] for a generator), and "losses"
every `loss_stride`-th epoch's loss (entry i is epoch i * loss_stride), so the files stay small.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "reference_network.py")
OUT = os.path.join(HERE, "network")

POINTS = "0,0,1;0.2,-0.1,1;-0.3,0.1,1;1.2,0.1,0;-1,0.9,0;0.1,-1.3,0;1.5,1.5,0;-0.4,-0.2,1"
# name -> (reference flags, loss_stride)
CASES = {
    "default-ring-sigmoid4": ([], 10),
    "ring-hidden0": (["--hidden", "0"], 10),
    "ring-linear4": (["--activation", "linear"], 10),
    "ring-sigmoid16-noise": (["--hidden", "16", "--points", "300", "--noise", "0.2", "--epochs", "600",
                              "--seed", "5"], 5),
    "xor-tanh8-noise": (["--dataset", "xor", "--hidden", "8", "--activation", "tanh", "--noise", "0.1",
                         "--lr", "0.5", "--epochs", "800", "--seed", "7", "--data-seed", "3"], 4),
    "xor-relu16": (["--dataset", "xor", "--hidden", "16", "--activation", "relu", "--lr", "0.3",
                    "--epochs", "500", "--seed", "11", "--points", "257"], 5),
    "clusters-relu3-noise": (["--dataset", "clusters", "--hidden", "3", "--activation", "relu",
                              "--noise", "0.3", "--epochs", "400", "--lr", "0.1", "--seed", "3"], 2),
    "clusters-tanh1": (["--dataset", "clusters", "--hidden", "1", "--activation", "tanh", "--epochs", "300",
                        "--points", "129", "--data-seed", "9", "--noise", "1"], 1),
    "clusters-hidden0-noise": (["--dataset", "clusters", "--hidden", "0", "--noise", "0.5", "--epochs", "300",
                                "--points", "1000", "--data-seed", "4"], 3),
    "xor-linear16": (["--dataset", "xor", "--hidden", "16", "--activation", "linear", "--lr", "0.05",
                      "--epochs", "300", "--points", "64"], 1),
    "points-relu3": (["--data", POINTS, "--hidden", "3", "--activation", "relu", "--lr", "0.5",
                      "--epochs", "400", "--seed", "1"], 2),
    "points-hidden0": (["--data", POINTS, "--hidden", "0", "--epochs", "200", "--test", "1,1;-2,0.5"], 1),
    "points-sigmoid2-one-point": (["--data", "0.5,-0.5,1", "--hidden", "2", "--epochs", "50",
                                   "--seed", "0"], 1),
}


def flat(matrix):
    return [] if matrix is None else [v for row in matrix for v in row]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (flags, stride) in CASES.items():
        run = json.loads(subprocess.run([sys.executable, REFERENCE, *flags], check=True, capture_output=True,
                                        text=True).stdout)
        config = run["config"]
        data = [float(v) for row in config["data"].split(";") if row.strip() for v in row.split(",")]
        golden = {
            "dataset": config["dataset"], "points": config["points"], "data_seed": config["data_seed"],
            "noise": config["noise"], "data": data, "hidden": config["hidden"],
            "activation": config["activation"], "lr": config["lr"], "epochs": config["epochs"],
            "seed": config["seed"], "test_points": flat(run["test_points"]),
            "initial_W1": flat(run["initial"]["W1"]), "initial_W2": flat(run["initial"]["W2"]),
            "W1": flat(run["W1"]), "b1": flat(run["b1"]), "W2": flat(run["W2"]), "b2": run["b2"][0][0],
            "accuracy": run["accuracy"], "predictions": run["predictions"], "loss_stride": stride,
            "losses": run["losses"][::stride], "final_loss": run["losses"][-1],
        }
        with open(os.path.join(OUT, name + ".json"), "w") as out:
            json.dump(golden, out)
            out.write("\n")
        print(name, run["losses"][0], run["losses"][-1], run["accuracy"])


main()
