--TEST--
A top-level class can be used before its declaration in the file.
--FILE--
<?php
$o = new Early();
echo $o->greet(), "\n";
echo Early::C, "\n";
var_dump(class_exists('Early'));
class Early {
    const C = 'const';
    public function greet() { return "hello"; }
}
--EXPECT--
hello
const
bool(true)
