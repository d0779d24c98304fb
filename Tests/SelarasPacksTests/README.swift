// Tests for SelarasPacks live in this folder.
