--TEST--
A class declared inside a function exists only after the function has run.
--FILE--
<?php
function define_it() {
    class Inner {
        public function hi() { return "hi from Inner"; }
    }
}
var_dump(class_exists('Inner'));
define_it();
var_dump(class_exists('Inner'));
echo (new Inner)->hi(), "\n";
--EXPECT--
bool(false)
bool(true)
hi from Inner
