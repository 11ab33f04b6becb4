--TEST--
isset() and empty() on WeakMap entries: present, null, falsy, missing
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass; $c = new stdClass; $d = new stdClass;
$m[$a] = 1;
$m[$b] = null;
$m[$c] = 0;
var_dump(isset($m[$a]), isset($m[$b]), isset($m[$c]), isset($m[$d]));
var_dump(empty($m[$a]), empty($m[$b]), empty($m[$c]), empty($m[$d]));
var_dump($m[$b] ?? 'default', $m[$d] ?? 'default', $m[$c] ?? 'default');
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
string(7) "default"
string(7) "default"
int(0)
