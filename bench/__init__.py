"""`make bench`: Outbound's own code measured side by side with the bare floor of the same work.

    python -m bench.run            # every figure, 1k / 10k / 100k vaults
    python -m bench.run --quick    # 1k and 10k only, smaller attachments

Results are printed as a table and written to bench/results.json. Synthetic vaults are cached
under bench/cache/ (key: size + seed + schema head revision).
"""
