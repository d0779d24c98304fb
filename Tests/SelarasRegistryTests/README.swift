// Tests for SelarasRegistry live in this folder.
