--TEST--
Compound assignments, ++ and -- and ??= on WeakMap entries
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
$m[$o] = 1;
$m[$o] += 4;
$m[$o] *= 3;
var_dump($m[$o]);
$m[$o]++;
++$m[$o];
$m[$o]--;
var_dump($m[$o], $m[$o]++, ++$m[$o]);
$m[$o] = 'a';
$m[$o] .= 'b';
var_dump($m[$o]);
$p = new stdClass;
$m[$p] ??= 'set';
$m[$p] ??= 'not set';
var_dump($m[$p]);
var_dump($m[$o] .= 'c');
--EXPECT--
int(15)
int(16)
int(16)
int(18)
string(2) "ab"
string(3) "set"
string(3) "abc"
