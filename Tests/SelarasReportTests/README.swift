// Tests for SelarasReport live in this folder.
