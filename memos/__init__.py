"""Review memo composition, PDF rendering, signing and signature verification."""
