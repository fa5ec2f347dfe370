module kalm

go 1.26.8
