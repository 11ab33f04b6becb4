--TEST--
isset() and empty() on string offsets
--FILE--
<?php
function probe($o) {
    $s = "a0c";
    echo var_dump(isset($s[$o])), var_dump(empty($s[$o]));
}
probe(0); probe(1); probe(-1); probe(-3); probe(-4); probe(3);
probe(1.0); probe(1.5); probe(NAN); probe(1e30);
probe(true); probe(false); probe(null);
probe("1"); probe(" 1"); probe("1 "); probe("1x"); probe("1.0"); probe(""); probe("x");
$s = "ab";
var_dump(isset($s, $s[1], $s[2]), isset($s[0][0][0]), empty($s[0][0][1]));
var_dump(isset($missing[0]), empty($missing[0]));
$n = 5;
var_dump(isset($n[0]), empty($n[0]));
var_dump(isset($s[$undefined]));
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 4
bool(true)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 4
bool(true)

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 4
bool(true)

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 4
bool(false)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 4
bool(false)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 4
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)

Warning: Undefined variable $undefined in %s on line 15
bool(true)
