--TEST--
void functions return null and may use return;
--FILE--
<?php
function f(): void { echo "f\n"; return; }
function g(): void { echo "g\n"; }
var_dump(f(), g());
--EXPECT--
f
g
NULL
NULL
