--TEST--
$a['self'] = &$a with several elements: count of the collected values
--FILE--
<?php
$a = ['x' => 1, 'y' => str_repeat('y', 4)];
$a['self'] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
