package evaluation

import "hash/fnv"

// The two parts of a labelled corpus. An example's part is fixed by its
// id alone, so adding or relabelling examples never moves one across.
const (
	Train = "train"
	Test  = "test"
)

// TestPercent is the share of ids that fall in the test split.
const TestPercent = 20

// Split returns Train or Test for an example id: FNV-1a (64 bit) of the
// id modulo 100, below TestPercent is Test.
func Split(id string) string {
	h := fnv.New64a()
	h.Write([]byte(id))
	if h.Sum64()%100 < TestPercent {
		return Test
	}
	return Train
}

// InSplit returns the examples whose id falls in split ("" or "all": every
// example).
func InSplit(examples []Example, split string) []Example {
	if split == "" || split == "all" {
		return examples
	}
	var out []Example
	for _, ex := range examples {
		if Split(ex.ID) == split {
			out = append(out, ex)
		}
	}
	return out
}
