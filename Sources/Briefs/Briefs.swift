// Briefs layer
