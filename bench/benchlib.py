"""Helpers shared by the benchmark scripts."""
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def release_binary(binary=None, product="shipshape"):
    """`binary` if given, else builds `product` in release mode and returns its path."""
    if binary is not None:
        return binary
    subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_path, product)


def sh(args, cwd=None, env=None, check=True):
    """Runs a command, capturing its output as text."""
    return subprocess.run(args, cwd=cwd, env=env, check=check, capture_output=True, text=True)


def build_busybox_images(repo, workdir, serve, variants):
    """A `FROM scratch` busybox image running the shell script `serve` as `{repo}:base`, and one image
    per `(tag, env)` in `variants` deriving from it with `ENV env` (e.g. `("v2", "VERSION=v2")`)."""
    context = os.path.join(workdir, "image")
    os.makedirs(context)
    shutil.copy("/bin/busybox", os.path.join(context, "busybox"))
    with open(os.path.join(context, "serve"), "w") as f:
        f.write(serve)
    with open(os.path.join(context, "Dockerfile"), "w") as f:
        f.write('FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n'
                'COPY serve /serve\nRUN ["/bin/chmod", "+x", "/serve"]\nCMD ["/serve"]\n')
    sh(["docker", "build", "-q", "-t", f"{repo}:base", context])
    for tag, env in variants:
        derived = os.path.join(workdir, tag)
        os.makedirs(derived)
        with open(os.path.join(derived, "Dockerfile"), "w") as f:
            f.write(f"FROM {repo}:base\nENV {env}\n")
        sh(["docker", "build", "-q", "-t", f"{repo}:{tag}", derived])
