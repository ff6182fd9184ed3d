"""Who may see what: accounts and roles, sign-in (argon2id, TOTP, throttling, short-lived tokens), the master
key, the hash-chained audit log, and the one redaction serializer per role."""
