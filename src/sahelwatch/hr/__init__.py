"""Human-rights case records: the case model and its validation, encryption of names, contacts and
narratives per case, import, reading (through :mod:`sahelwatch.access.redaction`), evidence with its chain of
custody, key rotation and crypto-shredding deletion."""
