// Corpus layer
