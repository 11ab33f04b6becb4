--TEST--
var_export and print_r skip uninitialized typed properties.
--FILE--
<?php
class A {
    public int $set = 1;
    public int $unset;
    protected ?string $maybe;
}
var_export(new A);
echo "\n";
print_r(new A);
echo "\n";
--EXPECT--
\A::__set_state(array(
   'set' => 1,
))
A Object
(
    [set] => 1
)
