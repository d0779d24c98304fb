// Tests for SelarasText live in this folder.
