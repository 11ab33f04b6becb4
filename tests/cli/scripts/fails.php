<?php
echo "before\n";
undefined_function();
