"""``python -m warpath.spark INPUT... OUTPUT [options]``: ``warpath spark-code`` as a script.

spark-submit runs Python applications given as a ``.py`` file; pass it this one:

    spark-submit --master yarn ... "$(python -c 'import warpath.spark.__main__ as m; print(m.__file__)')" \\
        hdfs:///corpus/*.jsonl hdfs:///coded
"""

from __future__ import annotations

import sys

from warpath.cli import main

if __name__ == "__main__":
    main(["spark-code", *sys.argv[1:]], prog_name="warpath")
