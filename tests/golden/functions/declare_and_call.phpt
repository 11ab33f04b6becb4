--TEST--
Declaring and calling a function
--FILE--
<?php
function greet($name, $greeting) {
    return "$greeting, $name!";
}
echo greet("World", "Hello"), "\n";
--EXPECT--
Hello, World!
