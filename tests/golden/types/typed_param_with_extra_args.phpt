--TEST--
extra arguments past typed parameters are not checked
--FILE--
<?php
function f(int $a) { var_dump(func_num_args() ?? null, $a); }
function g(int $a) { var_dump($a); }
g(1, "x", [], null);
--EXPECT--
int(1)
